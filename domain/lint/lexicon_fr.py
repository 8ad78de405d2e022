"""French lexicon (folded: lower case, no accents, ASCII quotes). Franglais verbs
("a skip les tests", "a push sans review") and common typos ("a oublier") are in."""

from __future__ import annotations

from domain.lint.lexicon import Lexicon

_AUX = r"(?:a|ont|avait|avaient|aurait|auraient)"
_NOT = r"(?:n'(?:a|ont|avait|avaient)|n'est|ne s'est) (?:pas|jamais|meme pas|pas meme)"
_HUMAN_ACTS = (
    r"(?:verifi|test|relu|lu|regard|vu|suivi|prevenu|fait|pens|pris|document|communiqu|escalad|"
    r"remont|demand|respect|appliqu|control|valid|attendu|ecout|check|review|prete attention)\w*"
)
_MISHAP = r"(?:oubli|casse|ignore|neglige|saute|zappe|rate|loupe|supprime|mal configure|skip)\w*"

# Acts that report, credit, lack, diligence: "Lisa a expliqué", "Bob a corrigé", "a eu".
_NOT_ACTS = (
    r"(?:construit|concu|implemente|cree|automatise|repete|entraine|eu|ete|recu|demande|dit|explique|indique|precise|signale|detecte|escalade|remonte|"
    r"corrige|repare|sauve|alerte|identifie|resolu|rattrape|gere|coordonne|partage|aide|trouve|"
    r"repere|prevenu|acquitte|ouvert|confirme|publie|note|remarque|suivi|verifie|teste|relu|"
    r"valide|mis en place|lache|mis (?:\w+ ){0,3}a jour|pris (?:le sujet|en charge|la main|le lead)|propose|accepte|"
    r"enquete|diagnostique|restaure|relance le (?:service|rollback)|reagi|repondu|appele|"
    r"contacte|documente|pilote|anime|presente|decrit|montre|attendu|voulu|travaille|essaye|"
    r"tente|commence|demarre|termine|fini|appris|compris|decouvert|remercie|ecrit le|"
    r"redige|organise|surveille|observe|constate|vu|su|pu|du|fallu|mis a jour la status page|"
    r"cherche|regarde|analyse|investigue|escalade|pris le relais|bascule le trafic|reconnu|"
    r"anticipe|decide de (?:basculer|revenir|rollback|pager|escalader|declarer|stopper|geler|"
    r"attendre))\b"
)
_CREDIT_PARTICIPLES = (
    r"(?:detecte|repere|trouve|corrige|repare|remonte|signale|escalade|restaure|sauve|resolu|"
    r"attrape|rattrape|gere|coordonne|pilote|valide|relu|revu|approuve|cree|ecrit|ajoute|"
    r"construit|maintenu|porte|assigne|notifie|alerte|prevenu|contacte|aide|declare|confirme|"
    r"acquitte|pris|page|reveille|remercie|forme|accompagne|identifie|diagnostique|redige|"
    r"documente|mis en place|mise en place|analyse|investigue|constate|observe|conteste|"
    r"remis en cause|recadre|corrige|rejete)\w*"
)
_LACK = (
    r"(?:(?:aucun|aucune|pas de|pas d'|sans|rien|zero) (?:\w+ ){0,2}?(?:check|verification|alerte|"
    r"garde-fou|confirmation|test|revue|runbook|avertissement|prompt|validation|dry-?run|"
    r"limite|protection|verrou|owner|approbation|doc\w*|moyen|signal|indication|retour|"
    r"monitoring|alarme|message|etiquette|label)s?\b|"
    # "un index manquant", "la limite manquante": a thing that is not there.
    r"(?:un|une|le|la|l'|les|des) [a-z-]+ manquante?s?\b)"
)

FR = Lexicon(
    roles=(
        r"(?:(?:le|la|l')\s*(?:responsable de l'exploitation|redacteur de nuit|chef de quart))|"
        r"(?:(?:le|la|l'|un|une|notre|ce|cette)\s*(?:interne|infirmi\w+|medecin|pharmacien\w*|superviseu\w+|chef de (?:bureau|service|projet|quai|equipe)|commercial\w*|comptable|traducteu\w+|mainteneu\w+|benevole|biomed|guichetie\w+|agent d'accueil|responsable \w+)(?:\s+de (?:nuit|garde|jour|permanence))?)|"
        r"(?:(?:(?:le|la|les|un|une|du|au|notre|ce|cette|mon|ma|son|sa)\s+(?:(?:cher|chere|"
        r"fameux|fameuse|super|grand|petit|petite)\s+)?|l')(?:(?:petit\s+)?"
        r"nouveau|nouvelle|stagiaire|alternant\w*|junior|ops(?:\s+(?:de garde|d'astreinte))?|"
        r"personne (?:d'astreinte|de garde)|astreinte|dev|developpeu\w+|admin|sysadmin|dba|"
        r"operat\w+|presta\w*|relecteu\w+|auteur|mec|gars|collegue|ingenieur\w*|interimaire|"
        r"intern|new guy|lead dev|lead|chef\w*|manager|sre|devops|consultant\w*|freelance|fournisseur|"
        r"hebergeur|nouvelle recrue|nouveau venu|cto|patron|boss|testeu\w+|sous-traitant|infogerant|"
        r"informaticien\w*|technicien\w*|dsi|rssi|directeu\w+|directrice|agent|esn)"
        r"(?:\s+(?:de garde|d'astreinte|de permanence|en astreinte|on-?call|de service))?|"
        r"(?:les|des|nos|ces|aux)\s+(?:stagiaires|alternant\w*|juniors|nouveaux|nouvelles recrues|"
        r"prestas|prestataires|devs|developpeu\w+|admins|interimaires|consultants|freelances)|"
        r"quelqu'un)"
    ),
    teams=(
        r"(?:la dsi|le back-office|les mainteneu\w+|les traducteu\w+|les benevoles|l'agence|le service \w+|les commerciaux|la compta\w*)|"
        r"(?:l'equipe(?:\s+(?:[a-z0-9-]+|de [a-z0-9-]+|d'[a-z0-9-]+))?|(?:les|des)\s+(?:ops|devs|"
        r"dbas?|sres?|admins?|developpeurs|qa|gens (?:du|de la|de l')\s*[a-z0-9-]+)(?:\s+(?:backend|"
        r"frontend|front|back|mobile|data|infra|web|ios|android|plateforme|platform|secu\w*|"
        r"reseau|api|(?:du|de la|de l') ?(?:squad|team|equipe)? ?[a-z0-9-]+))?|le support|"
        r"la qa|l'infra|le service [a-z0-9-]+|(?:la|le|les) (?:[a-z0-9-]+ )?(?:team|squad))"
    ),
    pronouns=r"(?:il|elle|ils|elles|tu|quelqu'un|lui|eux)",
    link=(
        r"(?:\s*,?\s*qui\b)?(?:\s+(?:encore|juste|simplement|completement|carrement|visiblement|"
        r"bien|aussi|alors|ensuite|evidemment|(?:\w+ement)))*\s+"
    ),
    strong_after=(
        r"se (?:plante|trompe|vautre|rate|loupe|foire)\w*|s'(?:est|sont) (?:\w+ )?vautre\w*|"
        rf"(?:{_AUX} (?:\w+ ){{0,2}}(?:oubli\w*|omis|merde|foire|chie|neglige|zappe|foutu|panique|pete|"
        r"fait (?:une|des|un|encore une) (?:\w+ )?(?:erreur|faute|betise|boulette|connerie|bourde|"
        r"gaffe|oubli)s?|fait n'importe quoi|fait de la merde|mal (?:fait|configure|lu|compris|"
        r"teste|verifie|relu|code|gere))|s'(?:est|sont) (?:encore |completement |bien |totalement |carrement |"
        r"lamentablement )?(?:plante|trompe|rate|loupe|emmele|"
        r"affole|foire)\w*|oubli\w*|forgot\w*|(?:est|etait|sont) (?:le |la |les )?(?:seule? |"
        r"seuls )?(?:responsables?|coupables?|fautifs?|fautives?|cause)(?! de la (?:mise|redaction|"
        r"tenue|coordination|gestion|suivi))|n'(?:a|ont) pas (?:pris la peine|fait (?:son|leur) "
        r"(?:travail|boulot|job)|fait attention|fait gaffe)|(?:a|ont) (?:cause|provoque) (?:la|"
        r"cette|l'|une) (?:\w+ )?(?:panne|incident|bug|crash|coupure|indisponibilite)|(?:doit|devrait|"
        r"doivent|devraient) (?:faire (?:plus |davantage )?attention|etre plus)|(?:est|etait|sont|"
        r"n'est pas|ne sont pas|est pas) (?:un peu |trop |vraiment |super |tres |pas )?(?:leger|legere|"
        r"nul|nulle|mauvais|negligent|distrait|fiable|fiables|serieux|au niveau))"
    ),
    weak_after=(
        rf"(?:{_NOT}\s+{_HUMAN_ACTS}|(?:a|ont) (?:pas|jamais) {_HUMAN_ACTS}|"
        rf"{_AUX} (?:\w+ ){{0,2}}(?:casse|ignore|saute|skip\w*|supprime|"
        r"efface|rate|loupe|mal \w+|laisse passer)|(?:a |ont )?(?:pousse|push\w*|deploye|merge\w*|lance|"
        r"applique|valide|livre|mis en prod|modifie|change)\b[^.;!?]{0,40}?\b(?:sans|par erreur|"
        r"a tort|quand meme|directement (?:en|sur|dans) (?:prod|main|master))|(?:a|ont) (?:\w+ ){1,3}par erreur)"
    ),
    cause_before=(
        r"(?:viennent|venaient|proviennent|provenaient) (?:de|du|d')\s*$|tout (?:part|vient|est parti|est venu) (?:de|du|d')\s*$|le (?:vrai )?probleme,? c'est\s*$|"
        r"(?:cause(?: racine| principale| reelle| premiere)?\s*(?:est|etait|:|, c'est|, c'etait)|"
        r"coupable\s*(?:est|etait|:|, c'est)|"
        r"(?:ne (?:plus|jamais|pas)|plus jamais|jamais plus) (?:laisser|autoriser|faire confiance "
        r"(?:a|aux))|(?:ne (?:plus|jamais)|plus jamais|jamais plus) (?:jamais )?(?:donner|confier|"
        r"accorder|filer|laisser)(?: (?:\w+ ){0,3}?(?:a|au|aux))?|(?:ne peut|ne peux|peut|peux) (?:pas|plus) faire confiance (?:a|aux)|"
        r"(?:vient|venait|provient) (?:de|du|d')|(?:introduit|cause|provoque)e? par|"
        r"a cause(?: de| d'| des)?|le (?:vrai )?probleme(?: c'est| est|\s*:)|(?:lecon|note|rappel) pour|(?:on )?(?:ne )?(?:peut|peux|pouvait) "
        r"pas compter sur|du cote de|(?:c'est|c'etait) (?:sur|pour)|du(?:e|s|es)? (?:a|au|aux)|"
        r"imputable (?:a|au|aux)|a mettre sur le compte (?:de|du|d')|(?:c'est )?la faute (?:a|au|aux)|"
        r"(?:c'est |par )?(?:de )?la faute (?:de|du|a|d'|des)|"
        r"(?:l'|une |un )(?:erreur|oubli|boulette|bourde|connerie|betise|faute) (?:de|du|d'|des)|"
        rf"la negligence (?:de|du|d')|(?:cause|provoque)e? par|(?:a|ont|avait) ete {_MISHAP}"
        r"(?: \w+){0,3}? par|(?:est|etait) (?:\w+ )?{_MISHAP} par)\s*$"
    ),
    duty_after=(
        r"ne (?!sont\b|est\b|peut\b|peuvent\b)\w+ (?:jamais|rien)\b|"
        r"(?:n'(?:a|ont|avait|avaient)|a|ont|avait|avaient) (?:pas|jamais|meme pas) "
        r"(?!encore|eu\b|ete\b|recu|su\b|pu\b|besoin|acces|droit|moyen|connaissance|de\b|d'|du\b|la\b|le\b|les\b|un\b|une\b)\w{2,}"
    ),
    judged_after=(
        r"(?:ne )?(?:peut|peuvent|pouvait|pouvaient) pas (?:etre (?:fiable|laisse)|gerer)\w*|"
        r"(?:ne )?peu(?:t|vent) pas (?:etre|rester) (?:de garde|d'astreinte|seule?s?)|"
        r"n'(?:est|sont|etait|etaient) (?:pas|plus) (?:digne|fiable|competent|capable|a la hauteur)"
        r"\w*|(?:est|sont|etait|etaient) (?:pas )?(?:indigne|incompetent|incapable)\w*"
    ),
    acted_after=(
        r"(?:a|ont|avait|avaient)\s+(?:\w+ement\s+)?(?!eu\b|ete\b)\w+(?:e|i|u|is|it)s?\b|"
        r"(?:trouv|pens|croy|voul|estim|jug|prefer|refus)(?:ait|aient)\b"
    ),
    causal_before=r"\b(?:parce que|parce qu'|car|puisque)\s*$",
    act_after=(
        r"(?:(?:a|avait|ont|avaient|aurait)\s+(?:\w+ement\s+|bien\s+|encore\s+|juste\s+|"
        r"tout\s+|carrement\s+|direct\s+|quand meme\s+)?|s'(?:est|etait|sont)\s+)"
        rf"(?!{_NOT_ACTS})(?:[a-z-]+(?:e|i|u|is|it|ert|int|ait)s?|fait|mis|pris|cru|pense|hotfix|"
        r"push|merge|rollback|deploy|fix|reboot|restart|kill|drop|delete|run|skip|bypass|"
        r"voulu|decide|choisi)\b"
    ),
    not_act=_NOT_ACTS,
    human_act=(
        r"(?:(?:a|avait|ont|avaient)\s+(?:\w+ement\s+)?(?:cru|pense|decide|oublie|clique|tape|"
        r"colle|copie|choisi|merge|pousse|push|edite|valide|approuve|saute|skip\w*|zappe|"
        r"ignore|mal \w+)|s'(?:est|etait) (?:trompe|emmele|melange|plante|fie)\w*|(?:croit|pense|"
        r"decide|oublie|clique|tape|colle|copie|choisit|merge|pousse|push|zappe|ignore))\b"
    ),
    passive_before=(
        r"\b(?:a ete|ont ete|avait ete|avaient ete|aurait ete|est|sont|etait|etaient|ete|fut)"
        rf"\s+(?:\w+ement\s+)?(?!{_CREDIT_PARTICIPLES}\b)\w+(?:\s+(?:en prod|en production|"
        r"sur (?:la )?prod))?\s+(?:[^.;!?,]{0,40}?\s)?par\s+$"
    ),
    systemic=(
        r"\b(?:le|la|les|l'|notre|nos|son|sa) ?(?:[\w-]+ ){0,2}?(?:pipeline|ci|cli|script|outil|"
        r"outillage|job|alerte|check|runbook|config|console|ordonnanceur|catalogue|registry|"
        r"dashboard|prompt|formulaire|api|systeme|process\w*|template|monitoring|cron|bot|linter|"
        r"bouton|flag|valeur par defaut)s? (?:\w+ )?(?:saute|sautait|ignore|ignorait|accepte|"
        r"acceptait|permet|permettait|laisse|laissait|n'a pas|n'avait pas|ne \w+ pas|n'\w+ pas|"
        r"pointait|pointe|renvoie|renvoyait|masque|masquait|cache|cachait)\b|\baccepte "
        r"(?:n'importe|tout|du texte libre)\b|\ben texte libre\b|\bl'absence (?:de|d')|\ba l'heure prevue\b|\bdans (?:la fenetre|le creneau) prevue?\b|"
        r"\bpar le (?:pipeline|process\w*|circuit|release train) (?:habituel|normal|standard)\b|"
        r"\bchaque etape a fait ce qu|\b(?:la (?:vraie )?question(?: "
        r"est)?\s*:|ce qui compte)|"
        rf"\b{_LACK}|\bne (?:demande|verifie|bloque|empeche|valide|previent|distingue|affiche|prevoi|couvr|"
        r"garanti|inclu|tient|prend en compte|"
        r"signale|exige|impose|oblige|indique|mentionne|liste)\w* (?:pas|aucun|rien|jamais)\b|"
        r"\bn'(?:empeche|avertit|affiche|exige|impose|indique|oblige|interdit|alerte)\w* (?:pas|"
        r"rien|aucun|jamais)\b|\brien (?:ne|n')|\bpar defaut\b|\bpointai(?:t|ent) (?:sur|vers)\b|"
        r"\baucun moyen de\b|\bimpossible de (?:savoir|voir|distinguer|deviner)\b|"
        r"\bidentiques?\b|\bmeme couleur\b|\bn'etai(?:t|ent) (?:pas|nulle part) (?:documente|"
        r"indique|signale|visible|mentionne|liste|marque)\w*|\bil n'y (?:a|avait) (?:pas|aucun|"
        r"rien)\b|\b(?:permet|permettait|autorise|autorisait|laisse|laissait) (?:a |de |"
        r"n'importe qui|tout le monde)|\b(?:le|la|les|l'|notre|nos) (?:\w+ ){0,3}?n'(?:a|avait|"
        r"ont|avaient) (?:pas|aucun)\b"
    ),
    complied=(
        r"\bcomme (?:le |la |l'|les )?(?:runbook|procedure|doc\w*|playbook|process\w*|checklist|"
        r"wiki|ticket|plan|consignes?)\b[^.;!?]{0,20}?\b(?:l'indiquait|l'indique|le demandait|"
        r"le demande|le prevoyait|le prevoit|le disait|le dit|l'exigeait|le recommandait|le "
        r"decrit)\b|\b(?:selon|suivant|conformement (?:a|au|aux)|d'apres|en suivant) (?:le |la |"
        r"l'|les )?(?:runbook|procedure|playbook|process\w*|checklist|doc\w*|wiki|ticket|plan|"
        r"consignes?)\b|\bcomme (?:prevu|demande|indique|convenu|documente)\b"
    ),
    obligation_after=(
        r"(?:ne |n')?(?:doit|doivent|devra|devront|devrait|devraient|a besoin d|ont besoin d|"
        r"faut qu'(?:il|elle|ils|elles))\w*\s+(?:(?:plus|pas|jamais|absolument|vraiment|"
        r"imperativement|arreter de|apprendre a|commencer a|enfin|se mettre a)\s+)*"
        r"(?!etre (?:page|notifie|prevenu|informe|inclus|alerte|ajoute|consulte|implique|"
        r"forme|accompagne|assigne|autorise a (?:pager|escalader))\w*)(?!avoir\b|recevoir\b)"
        r"(?P<verb>[a-z]+)"
    ),
    not_obligation=(
        r"(?:ajouter|creer|ecrire|rediger|implementer|automatiser|mettre en place|configurer|"
        r"construire|deployer|livrer|corriger|documenter|mettre a jour|installer|activer|migrer|"
        r"planifier|publier|piloter|porter|organiser|preparer|presenter|ouvrir|definir|"
        r"concevoir|proposer|prendre (?:le sujet|en charge))\b"
    ),
    thanks_to=r"\b(?:grace a|grace au|grace aux)\s+$",
    loss=(
        r"\bon a envoye \d+|\ben double\b|"
        r"\b(?:un|une) (?:deuxieme|autre|second|seconde|nouveau|nouvelle) (?:post-mortem|incident|"
        r"panne)\b|\b(?:\d+|une?|deux|trois|quatre|cinq|six|plusieurs) (?:h|heures?|min\w*|nuits?|"
        r"jours?|journees?|semaines?) (?:de|d') ?(?:panne|indispo\w*|coupure|donnees|commandes|"
        r"paiements|ventes)\b|"
        r"\b(?:on|nous)\s+(?:\w+\s+)?(?:a perdu|avons perdu|a passe|avons passe|a gache|s'est "
        r"fait reveiller|a ete reveille)|\b(?:tout|la prod|le site|le checkout|l'api) (?:est|etait|"
        r"a ete) (?:tombee?|down|hs|ko|casse)"
    ),
    character_after=(
        r"(?:(?:est|c'est) toujours (?:pareil|comme ca|la meme chose)|fait toujours (?:ca|pareil|"
        r"la meme chose|le coup)|(?:a|ont) encore frappe|recommence|n'apprendra jamais|"
        r"n'apprend jamais|(?:a encore fait|fait encore) (?:des siennes|le coup)|est une "
        r"(?:catastrophe|calamite|bombe)|est un (?:danger|boulet|cas))"
    ),
    sarcasm=(
        r"\b(?:quel|quelle|bravo (?:le|la|au|a la)|merci (?:le|la|au|a la)|notre) (?:\w+ ){0,2}?"
        r"(?:genie|einstein|champion|as du|petit malin|heros|cerveau)\b|\bbien joue\b[^.?!]*"
        r"(?:prod|panne|cluster|base|incident)|\bquelle (?:bonne|brillante|super) idee\b|"
        r"\bqu'est-ce qui pourrait mal (?:se passer|tourner)\b"
    ),
    human_error=(
        r"\bon ne peut rien y faire\b|\bon n'y peut rien\b|"
        r"\bprobleme (?:humain|de personnes?|de competences?)\b|\bla cause est humaine\b|"
        r"\b(?:mauvaise|fausse) manip\w*|\binterface chaise[- ]clavier\b|\bentre la chaise et "
        r"le clavier\b|\bcouche 8\b|"
        r"\b(?:erreur|faute)s? (?:humaine|d'operat\w+|de l'operat\w+|operat\w+|de manip\w*|"
        r"d'inattention|utilisateur|de saisie)s?\b|\bfacteur humain\b"
    ),
    judgement=(
        r"\b(?:cow-boy|legerete|n'a (?:rien|pas d'affaire) a faire dans|n'a pas d'affaire dans|n'a jamais fait (?:une|d') astreinte|(?:ce n'est|c'est) (?:clairement |vraiment )?pas (?:son|leur) fort|(?:s'interroge|doute) sur (?:la|les) competences?|lecture (?:tres )?personnelle|interpretation (?:tres )?libre|mollement|du bout des doigts|devinez qui|je vous laisse deviner)\b|"
        r"\b(?:a la hussarde|a moitie endormi\w*|se reposent? sur (?:ses|leurs) lauriers|c'est pas un travailleur|n'est pas un travailleur|fait n'importe quoi|ont fait n'importe quoi|a tout gate|tout bêtement|tout betement|sans meme regarder|ce n'est pas complique|c'est la base|symbolique)\b|"
        r"\b(?:a dormi sur|ont dormi sur|laisse dormir|ne peut pas s'empecher|peut pas s'empecher|sans (?:meme )?prendre la peine|hasardeu\w+|foireu\w+|bidouill\w+|amateurs?\b|(?:est|c'est) comme ca\b|les yeux fermes|(?:les|l') avoir a l'(?:oe|\u0153)il|a l'(?:oe|\u0153)il en permanence|c'est forcement (?:lui|elle|eux)|sans (?:rien )?(?:demander|dire) (?:a|l'avis de) personne|a besoin d'une nounou|comme si c'etait son bac a sable)|"
        r"\b(?:negligen\w*|incompeten\w*|stupide\w*|stupidite|idiot\w*|debile\w*|paresseu\w*|"
        r"faineant\w*|irresponsable\w*|(?:a|ont|avait) panique|panique\w*|s'est affole\w*|"
        r"manque de (?:rigueur|serieux|professionnalisme|vigilance|attention|competence|soin|"
        r"discipline|conscience professionnelle|jugement)|inexcusable|inadmissible|"
        r"pas serieux|je-?m'en-?foutis\w*|amateuris\w*|bete erreur|erreur bete|erreur stupide|"
        r"connerie\w*|boulette|bourde|abruti\w*|incapable\w*|tete en l'air|etourderie\w*|"
        r"etourdi\w*|inattention|desinvolt\w*|laxis\w*|a la legere|nul(?:le|s)? a chier|"
        r"sans reflechir|a l'arrache|imprudent\w*|imprudemment|cowboy\w*|mal foutu\w*|"
        r"n'a pas fait attention|precipitation|sans (?:prevenir|demander a|consulter|en parler a) "
        r"(?:personne|quiconque|l'equipe|le siege)|dans son coin|se recouche\w*|retourne\w* (?:se "
        r"coucher|dormir)|a besoin d'etre (?:surveille|chaperonne)\w*|(?:tester|teste|testait) "
        r"(?:son|sa|ses) \w+ (?:en|sur la) prod|sans (?:les |le |la |l')?(?:lire|regarder|relire)\b|"
        r"avec les pieds|(?:le roi|la reine) (?:du|de la)|"
        r"toujours (?:le|la) meme|(?:un|encore un) coup de (?:l'equipe|la team|[a-z]+)|il faut tout "
        r"(?:leur|lui) macher|derriere (?:son|leur) epaule|trop pour (?:lui|elle)|je dis ca,? je dis "
        r"rien|tirer ses conclusions|dont acte|avait ete (?:averti|prevenu)e? (?:deux|trois|"
        r"plusieurs|\d+) fois|(?:merge|deploy|push|hotfix|mep|mise en prod|commit)s? sauvages?|"
        r"livre n'importe quoi|(?:evidemment|bien sur|naturellement) (?:personne|aucun)|"
        r"(?:sa|son|leur) (?:decision|choix|idee|initiative) (?:de (?:\w+ ){1,3})?(?:est|etait|a "
        r"ete) (?:la )?(?:cause|origine)|faut bien que quelqu'un (?:assume|paye|paie)|arret\w* de "
        r"(?:\w+ )??(?:tester|deployer|pousser|merger|toucher|lancer|bricoler)\w*(?: \w+){0,3}? (?:en|sur "
        r"la) prod|"
        r"n'a (?:aucune|pas la moindre|pas une) idee|ne sait pas "
        r"ce qu'(?:il|elle) fai\w*|je ne (?:pointe|vise|blame|accuse) personne[^,.;]{0,20},? "
        r"mais|sans (?:vouloir )?(?:pointer|accabler|blamer|viser|t'accabler|l'accabler)[^,.;]{0,30},? "
        r"mais|laisse\w* trainer|a quoi (?:il|elle) sert|a quoi "
        r"(?:ils|elles) servent|en dit long sur (?:son|sa|ses|leur)|typique (?:de (?:lui|elle|eux)|"
        r"de la qa|des ops|des devs)|bacl\w*|classique avec (?:lui|elle|eux)|fait le malin|"
        r"faire le malin|en douce|fallait s'y attendre|on s'y attendait|dans (?:sa|leur) grande "
        r"sagesse|pour des raisons (?:connues de (?:lui|elle) seule?|qui (?:lui|nous) echappent)|"
        r"fidele a (?:sa|son|leur) (?:reputation|habitude)|toujours aussi (?:prudent|rigoureu|"
        r"attentif|doue|efficace)\w*|dieu sait quoi|on ne sait quoi|sans comprendre|"
        r"ne comprend (?:rien|pas ce qu)|n'y comprend rien|ne sait pas (?:se servir|utiliser|lire)|"
        r"(?:re)?passer derriere (?:lui|elle|eux)|(?:re)?teste\w* derriere|comme tout le monde|"
        r"comment (?:on|il|elle|tu) (?:peut|peux|pouvait) ne pas|(?:deuxieme|troisieme|quatrieme|"
        r"cinquieme|enieme|ennieme) fois (?:que )?(?:ta|ton|tes|sa|son|ses|leur)\b|prefere\w* "
        r"(?:finir|terminer|aller|attendre|ignorer)|passe\w* par-dessus l'avertissement|"
        r"par-dessus la jambe|(?:lache|laisse tomber) "
        r"l'affaire|s'en (?:fout|fiche|foutait|fichait|est foutu|foutent)|au doigt mouille|en mode "
        r"(?:yolo|cowboy|bourrin)|comme (?:un|des) (?:bourrin|cowboy|manche|pied)s?|bourrin\w*|"
        r"sans se poser de questions?|pas foutu de|pas fichu de|"
        r"(?:personne|aucun) (?:\w+ ){0,3}n'a pris la peine)\b"
    ),
    timeline_judgement=(
        r"\b(?:ignore (?:l'|le |la |les )|cow-boy)|"
        r"\b(?:se (?:plante|trompe|vautre|rate|loupe)\w*|tranquille(?=,)|on verra plus tard|"
        r"spoiler\s*:\s*non|en direct sur (?:main|master))|"
        r"\b(?:betement|stupidement|naivement|a l'aveugle|evidemment|bien sur|sans reflechir|"
        r"sans raison|encore une fois|comme d'hab\w*|n'importe comment|precipitamment|"
        r"a la va-vite|trop tard|sans prendre la peine|daigne\w*|bizarrement|"
        r"malheureusement|comme par hasard|sans surprise|oubli\w*|(?!(?:revient|repond|remonte|redemarre|"
        r"repart|fonctionne|marche|passe|baisse)\b)[a-z]+ enfin|on connait la (?:musique|chanson)|"
        r"comme toujours|on a l'habitude|quelle audace|chapeau les artistes|au hasard|"
        r"tranquille(?=\W*$)|pas presse\w*|visiblement (?:perdu|pas presse|depasse)\w*|"
        r"bien entendu|naturellement|incroyablement|"
        r"oups|en ignorant|sans tenir compte|forcement|comme prevu|sans meme|"
        r"(?:se reveille|daigne|repond|reagit|bouge|decroche|se connecte|arrive|se pointe) enfin|"
        r"(?:prend|a pris) (?:tout )?son temps|(?:encore|re) ?un (?:hotfix|deploy|push|coup)|"
        r"au dernier moment|en catastrophe)\b"
    ),
    counterfactual=(
        r"\b(?:n')?(?:aurai[st]|auraient|aurions|auriez)(?: pas| jamais| quand meme| franchement|"
        r" vraiment| au moins| simplement| juste)* (?:du|pu)\b|\bdevrai(?:t|ent) (?:quand meme |"
        r"vraiment |pourtant |bien )?savoir\b"
        r"(?! y avoir| etre (?!plus|prudent|vigilant|attenti))"
    ),
    cognitive=(
        r"\s*(?:le |la |les |l')?(?:savoir|voir|remarquer|penser|prevoir|anticiper|faire attention|"
        r"etre (?:plus )?(?:prudent|vigilant|attentif|rigoureu)\w*|demander|lire|relire|"
        r"regarder|se douter|comprendre|s'en rendre compte|reflechir|se mefier)\b"
    ),
    if_only=r"(?:\bsi seulement|\bsi|\bs')\s*$",
    who_hunting=(
        r"\bquel compte a (?:relance|lance|supprime|pousse|declenche)\b|"
        r"\b(?:retrouver|identifier|trouver) (?:la personne|le gars|le mec|l'auteur|le dev|la dev|le responsable) qui\b|\bspoiler\s*:\s*non\b|"
        r"\bc'est qui\b|\bqui (?:c'est qui|est-ce qui|donc)?\s*(?:a|avait|ont)\s+(?:\w+\s+)?"
        r"(?:fait (?:ca|cela|cette)|casse|pousse|push\w*|merge\w*|deploye|valide|approuve|"
        r"oublie|merde|foire|touche|lance|desactive|supprime|modifie|change|donne|mis)\b|\bqui est (?:le |la )?(?:responsable|coupable|"
        r"fautif|fautive)\b|\bquel(?:le)? (?:dev|developpeur|ingenieur|personne|collegue|ops)\s+"
        r"(?:a|avait|ont)\s+(?!(?:la|le) (?:charge|responsabilite))\w+|\ba qui la faute\b|\bla faute a qui\b|\b(?:trouver|identifier|"
        r"chercher|designer|nommer) (?:le |la |un |les )?(?:coupable|responsable|fautif)s?\b|"
        r"\bon saura (?:vite |bien |enfin )?qui\b|\bc'est \w+ ou \w+ qui\b|\bon parle de qui\b|"
        r"\b(?:identifi\w+|trouver|savoir|connaitre|le nom de|les initiales de) (?:l'|la |le )?(?:agent|"
        r"personne|collegue|dev|gars|mec|responsable) qui\b|\b(?:savoir|voir|trouver) qui (?:etait|a)\b|"
        r"\ble who\b|\bgit blame\b|\bqui a eu (?:cette|la|l') ?(?:\w+ )?idee\b|\bon (?:sait|"
        r"connait) qui\b|\bon veut (?:un|le|des) noms?\b|\b(?:donnez|donne)(?:-moi)? (?:un|le) nom\b|"
        r"\bqui est derriere\b|\bc'est a qui la faute\b|\bqui s'est (?:plante|trompe|rate|loupe)\b"
    ),
    vague_strong=(
        r"\b(?:regarder (?:d'ou|pourquoi|comment|si|de plus pres)|investiguer|enqueter sur|analyser|respecter (?:le|la|les) (?:runbook|procedure|process\w*|checklist)|faire le menage|nettoyer|durcir)\b|"
        r"\b(?:etre (?:plus |tres |bien |davantage )?(?:vigilant|attentif|prudent|rigoureu|serieu|"
        r"consciencieu|proactif|reactif|careful|concentre)\w*|faire (?:plus |bien |tres )?"
        r"attention|faire gaffe|prendre (?:plus de |davantage )?soin|essayer (?:de|d')|"
        r"tenter (?:de|d')|tacher (?:de|d')|faire (?:de notre|au) mieux|sensibilis\w+|"
        r"rappeler (?:a|aux) (?:l'equipe|tout le monde|tous|chacun|devs|equipes)|mieux "
        r"(?:communiquer|se coordonner|tester|documenter|anticiper|faire|collaborer|s'organiser|"
        r"verifier|relire|surveiller|gerer|se parler|planifier|estimer)|ameliorer (?:la |notre |"
        r"nos |les )?(?:communication|coordination|collaboration|culture|rigueur|vigilance)|"
        r"plus de (?:rigueur|vigilance|attention|communication|soin|discipline)|(?:s'assurer|"
        r"veiller a ce) que (?:ca|cela|ce|le probleme|l'incident) ne se reproduise (?:plus|pas)|"
        r"eviter (?:que (?:ca|cela) se reproduise|(?:ce|ces|les) (?:genres? d'|types? d')?"
        r"(?:erreurs|problemes|incidents|oublis))|(?:suivre|appliquer|respecter) les bonnes "
        r"pratiques|reflechir (?:a|aux|sur)|garder (?:un oeil|en tete)|tirer (?:les )?(?:lecons|"
        r"enseignements)|(?:si|quand|autant que|des que) possible|prendre (?:ca|cela|le sujet) "
        r"(?:plus )?au serieux|rester (?:vigilant|attentif|concentre)\w*|se pencher sur|"
        r"envisager|faire mieux|tester (?:plus|mieux|davantage)|responsabiliser|rappeler "
        r"l'importance|insister sur)\b"
    ),
    vague_always=(
        r"\b(?:qu'une personne (?:de l'equipe )?(?:regarde|surveille|verifie)|quelqu'un (?:regarde|surveille|verifie)|(?:regarder|surveiller|verifier) (?:le|les) dashboards? (?:chaque|tous))\b|"
        r"\b(?:rappeler|sensibilis\w+|etre (?:plus |bien )?(?:vigilant|attentif|prudent)\w*|faire "
        r"(?:plus |bien )?attention|chacun doit|tout le monde doit|penser a)\b"
    ),
    vague_weak=(
        r"\b(?:ameliorer|renforcer|optimiser|repenser|retravailler|clarifier|discuter|aligner|"
        r"davantage|mieux|plus de|augmenter|former|accompagner|surveiller de (?:plus )?pres|"
        r"fiabiliser|securiser|travailler sur)\b"
    ),
    concrete=(
        r"\b(?:dry-?run|bandeau|en rouge|retap\w*)\b|"
        r"\b(?:bot|kill switch|alerte\w*|alerting|seuil|sonde|checks?|checklist|tests?|pipeline|ci|cd|hook|lint\w*|"
        r"bloqu\w*|rejet\w*|runbook|playbook|tableau de bord|dashboard|fiche reflexe|canary|"
        r"feature flag|script|automat\w*|cron|modele|gabarit|template|pull[- ]request|garde-fou|"
        r"verrou|quota|timeout|sauvegarde|backup|validation|terraform|sonde|metrique|page wiki|"
        r"wiki|readme|adr|spike|obligatoire|requis|document\w*|guide|atelier|workshop|"
        r"rotation|flag|confirmation|acces|droits|role|iam|proxy|prompt|hash|restaur\w*|ansible|"
        r"limite|gel|exercice|approbation|approbateur|proprietaire|catalogue|compte de service|"
        r"credentials|secrets?|vault|tokens?|scopes?|politique|refuse\w*|bandeau)\b|\d"
    ),
    measurable=(
        r"\d|%|\b(?:chaque|tous|toutes|tout|aucun|aucune|zero|au moins|au plus|moins de|plus de|"
        r"en moins de|sous|avant|apres|d'ici|publie\w*|apparai\w*|bloque\w*|echoue\w*|"
        r"declenche\w*|existe\w*|passe\w*|tourne\w*|deploye\w*|merge\w*|lie\w*|renseigne\w*)\b"
    ),
)
