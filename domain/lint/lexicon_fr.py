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

FR = Lexicon(
    roles=(
        r"(?:(?:(?:le|la|les|un|une|du|au|notre|ce|cette|mon|ma|son|sa)\s+|l')(?:(?:petit\s+)?"
        r"nouveau|nouvelle|stagiaire|alternant\w*|junior|ops(?:\s+(?:de garde|d'astreinte))?|"
        r"personne (?:d'astreinte|de garde)|astreinte|dev|developpeu\w+|admin|sysadmin|dba|"
        r"operat\w+|presta\w*|relecteu\w+|auteur|mec|gars|collegue|ingenieur\w*|interimaire|"
        r"intern|new guy|lead|chef\w*|manager)|quelqu'un)"
    ),
    teams=(
        r"(?:l'equipe(?:\s+(?:[a-z0-9-]+|de [a-z0-9-]+|d'[a-z0-9-]+))?|(?:les|des)\s+(?:ops|devs|"
        r"dbas?|sres?|admins?|developpeurs|qa|gens (?:du|de la|de l')\s*[a-z0-9-]+)|le support|"
        r"la qa|l'infra|le service [a-z0-9-]+|(?:la|le|les) (?:[a-z0-9-]+ )?(?:team|squad))"
    ),
    pronouns=r"(?:il|elle|ils|elles|tu|quelqu'un|lui|eux)",
    link=(
        r"(?:\s*,?\s*qui\b)?(?:\s+(?:encore|juste|simplement|completement|carrement|visiblement|"
        r"bien|aussi|alors|ensuite|evidemment|(?:\w+ement)))*\s+"
    ),
    strong_after=(
        rf"(?:{_AUX} (?:\w+ ){{0,2}}(?:oubli\w*|omis|merde|foire|chie|neglige|zappe|foutu|panique|pete|"
        r"fait (?:une|des|un|encore une) (?:\w+ )?(?:erreur|faute|betise|boulette|connerie|bourde|"
        r"gaffe|oubli)s?|fait n'importe quoi|fait de la merde|mal (?:fait|configure|lu|compris|"
        r"teste|verifie|relu|code|gere))|s'(?:est|sont) (?:plante|trompe|rate|loupe|emmele|"
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
        r"efface|rate|loupe|mal \w+)|(?:a |ont )?(?:pousse|push\w*|deploye|merge\w*|lance|"
        r"applique|valide|livre|mis en prod|modifie|change)\b[^.;!?]{0,40}?\b(?:sans|par erreur|"
        r"a tort|quand meme|directement (?:en|sur|dans) (?:prod|main|master))|(?:a|ont) (?:\w+ ){1,3}par erreur)"
    ),
    cause_before=(
        r"(?:cause(?: racine| principale| reelle| premiere)?\s*(?:est|etait|:|, c'est|, c'etait)|"
        r"coupable\s*(?:est|etait|:|, c'est)|"
        r"(?:ne (?:plus|jamais|pas)|plus jamais|jamais plus) (?:laisser|autoriser|faire confiance "
        r"(?:a|aux))|(?:ne peut|ne peux|peut|peux) (?:pas|plus) faire confiance (?:a|aux)|"
        r"(?:vient|venait|provient) (?:de|du|d')|(?:introduit|cause|provoque)e? par|"
        r"a cause(?: de| d'| des)?|(?:c'est |par )?(?:de )?la faute (?:de|du|a|d'|des)|"
        r"(?:l'|une |un )(?:erreur|oubli|boulette|bourde|connerie|betise|faute) (?:de|du|d'|des)|"
        rf"la negligence (?:de|du|d')|(?:cause|provoque)e? par|(?:a|ont|avait) ete {_MISHAP}"
        r"(?: \w+){0,3}? par|(?:est|etait) (?:\w+ )?{_MISHAP} par)\s*$"
    ),
    duty_after=(
        r"(?:n'(?:a|ont|avait|avaient)|a|ont|avait|avaient) (?:pas|jamais|meme pas) "
        r"(?!encore|eu\b|ete\b|recu|su\b|pu\b|besoin|acces|droit|moyen|connaissance|de\b|d'|du\b|la\b|le\b|les\b|un\b|une\b)\w{2,}"
    ),
    judged_after=(
        r"(?:ne )?(?:peut|peuvent|pouvait|pouvaient) pas (?:etre (?:fiable|laisse)|gerer)\w*|"
        r"n'(?:est|sont|etait|etaient) (?:pas|plus) (?:digne|fiable|competent|capable|a la hauteur)"
        r"\w*|(?:est|sont|etait|etaient) (?:pas )?(?:indigne|incompetent|incapable)\w*"
    ),
    acted_after=r"(?:a|ont|avait|avaient)\s+(?:\w+ement\s+)?(?!eu\b|ete\b)\w+(?:e|i|u|is|it)s?\b",
    causal_before=r"\b(?:parce que|parce qu'|car|puisque)\s*$",
    human_error=(
        r"\b(?:erreur|faute)s? (?:humaine|d'operat\w+|de l'operat\w+|operat\w+|de manip\w*|"
        r"d'inattention|utilisateur|de saisie)s?\b|\bfacteur humain\b"
    ),
    judgement=(
        r"\b(?:negligen\w*|incompeten\w*|stupide\w*|stupidite|idiot\w*|debile\w*|paresseu\w*|"
        r"faineant\w*|irresponsable\w*|(?:a|ont|avait) panique|panique\w*|s'est affole\w*|"
        r"manque de (?:rigueur|serieux|professionnalisme|vigilance|attention|competence|soin|"
        r"discipline|conscience professionnelle|jugement)|inexcusable|inadmissible|"
        r"pas serieux|je-?m'en-?foutis\w*|amateuris\w*|bete erreur|erreur bete|erreur stupide|"
        r"connerie\w*|boulette|bourde|abruti\w*|incapable\w*|tete en l'air|etourderie\w*|"
        r"etourdi\w*|inattention|desinvolt\w*|laxis\w*|a la legere|nul(?:le|s)? a chier|"
        r"sans reflechir|a l'arrache|imprudent\w*|imprudemment|cowboy\w*|mal foutu\w*|"
        r"n'a pas fait attention|(?:personne|aucun) (?:\w+ ){0,3}n'a pris la peine)\b"
    ),
    timeline_judgement=(
        r"\b(?:betement|stupidement|naivement|a l'aveugle|evidemment|bien sur|sans reflechir|"
        r"sans raison|encore une fois|comme d'hab\w*|n'importe comment|precipitamment|"
        r"a la va-vite|trop tard|sans prendre la peine|daigne\w*|bizarrement|"
        r"malheureusement|comme par hasard)\b"
    ),
    counterfactual=(
        r"\b(?:n')?(?:aurai[st]|auraient|aurions|auriez)(?: pas| jamais)? (?:du|pu (?:eviter|voir|"
        r"prevoir|anticiper|savoir|remarquer|le voir|s'en rendre compte|empecher))\b"
        r"(?! y avoir| etre (?!plus|prudent|vigilant|attenti))"
    ),
    cognitive=(
        r"\s*(?:le |la |les |l')?(?:savoir|voir|remarquer|penser|prevoir|anticiper|faire attention|"
        r"etre (?:plus )?(?:prudent|vigilant|attentif|rigoureu)\w*|demander|lire|relire|"
        r"regarder|se douter|comprendre|s'en rendre compte|reflechir|se mefier)\b"
    ),
    if_only=r"(?:\bsi seulement|\bsi|\bs')\s*$",
    who_hunting=(
        r"\bc'est qui\b|\bqui (?:c'est qui|est-ce qui|donc)?\s*(?:a|avait|ont)\s+(?:\w+\s+)?"
        r"(?:fait (?:ca|cela|cette)|casse|pousse|push\w*|merge\w*|deploye|valide|approuve|"
        r"oublie|merde|foire|touche|lance|desactive|supprime|modifie|change|donne|mis)\b|\bqui est (?:le |la )?(?:responsable|coupable|"
        r"fautif|fautive)\b|\bquel(?:le)? (?:dev|developpeur|ingenieur|personne|collegue|ops)\s+"
        r"(?:a|avait|ont)\s+(?!(?:la|le) (?:charge|responsabilite))\w+|\ba qui la faute\b|\bla faute a qui\b|\b(?:trouver|identifier|"
        r"chercher|designer|nommer) (?:le |la |un |les )?(?:coupable|responsable|fautif)s?\b"
    ),
    vague_strong=(
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
        r"\b(?:rappeler|sensibilis\w+|etre (?:plus |bien )?(?:vigilant|attentif|prudent)\w*|faire "
        r"(?:plus |bien )?attention|chacun doit|tout le monde doit|penser a)\b"
    ),
    vague_weak=(
        r"\b(?:ameliorer|renforcer|optimiser|repenser|retravailler|clarifier|discuter|aligner|"
        r"davantage|mieux|plus de|augmenter|former|accompagner|surveiller de (?:plus )?pres|"
        r"fiabiliser|securiser|travailler sur)\b"
    ),
    concrete=(
        r"\b(?:alerte\w*|alerting|seuil|sonde|checks?|checklist|tests?|pipeline|ci|cd|hook|lint\w*|"
        r"bloqu\w*|rejet\w*|runbook|playbook|tableau de bord|dashboard|fiche reflexe|canary|"
        r"feature flag|script|automat\w*|cron|modele|gabarit|template|pull[- ]request|garde-fou|"
        r"verrou|quota|timeout|sauvegarde|backup|validation|terraform|sonde|metrique|page wiki|"
        r"wiki|readme|adr|spike|obligatoire|requis|document\w*|guide|atelier|workshop|"
        r"rotation|flag|confirmation|acces|droits|role|iam|proxy|prompt|hash|restaur\w*|ansible|"
        r"limite|gel|exercice|approbation|approbateur|proprietaire|catalogue)\b|\d"
    ),
    measurable=(
        r"\d|%|\b(?:chaque|tous|toutes|tout|aucun|aucune|zero|au moins|au plus|moins de|plus de|"
        r"en moins de|sous|avant|apres|d'ici|publie\w*|apparai\w*|bloque\w*|echoue\w*|"
        r"declenche\w*|existe\w*|passe\w*|tourne\w*|deploye\w*|merge\w*|lie\w*|renseigne\w*)\b"
    ),
)
