"""Common first names from many cultures, folded (lower case, no accents).

"Bob forgot" must be caught before anyone registers Bob, but a capitalised word may
just as well be a tool ("Kubernetes failed"): a known first name is what tells them
apart. The list spans European, African, Arabic, South and East Asian and Latin
American names and common short forms, since teams are international.

Names that are also common English or French words, or the names of tools and
products (Will, June, Rose, Pascal, Jackson, Apollo, Jira), are left out on purpose:
at the start of a sentence they would be taken for a person.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from domain.lint.text import fold, words

# The first list, every culture at once; the groups below extend it region by region.
_COMMON = words(
    """alice anna anne bob bruno camille carla charlie chloe claire dan dave david emma
    eric erik eva fatima franck francois frank gabriel hugo ines isabelle jack james
    jane jean jeanne jessica jim joe john jonathan josh julie julien karim kevin
    laura lea leo lisa louis lucas lucie luc manon marc marie mark martin mathieu
    matt max michael mike mohamed nadia nathalie nicolas nina olivier omar paul
    pierre rachid raphael romain sam samir sarah sophie steve thomas tom yann
    yasmine zoe antoine arthur benoit celine damien elodie florian guillaume helene
    jerome ludovic mehdi morgane nabil oscar quentin remi sandra sebastien sylvie
    theo valentin vincent william amelie amir chris emily greg harry kate leila lina
    linda liam noah olga peter priya raj ravi ryan sonia tim victor wei yuki ahmed
    fred
    aaron abdel abdou abdoulaye adam adama adrien agnes aicha aisha akira alain alex
    alexandre alexis ali alicia amadou amina amy andre andrea andrew andy angela
    anil anita ankit annie anthony arjun arnaud aurelie awa aya ayumi baptiste bastien
    ben benjamin bernard bilal bintou boris brian bryan carlos carmen caroline
    catherine cedric chen cheng chiara chidi chioma christian christine christophe
    clara clement cyril daniel dario deepak denis diana diego dimitri dmitri dong
    duc edouard elena eli elias elise ella emeka emile emilie enzo esther ethan
    etienne fabien fabrice farah farid fatou fatoumata felix fernando florence
    francesca gael gaelle gaspard george georges gerard gilles giulia greta hakim
    hamza hana hannah hassan helena henri hiroshi hoang huong ibrahim ida igor ikram
    ilyes imane irene isaac ivan jamal javier jay jenny jin jiho joao jorge
    jose joseph juan judith jules juliette justin kai kaito karima karen kenji
    khadija kim kofi kwame lamine lars laure lauren laurent leon leonie li lin lior
    lola lorenzo luca lucia luis luna lydia mai malik mamadou marco marcus maria
    mariam marina mario marion marta mateo matteo maxime maya melanie mei miguel
    mina ming minh mira mohammed moussa nabila naomi natasha nathan neha nicole
    nikhil nour nora oliver olivia ousmane pablo patrick pauline pedro philippe
    pooja rafael rahul rania rebecca rohan rosa ruben ryo sacha safiya sakura salma
    samuel sanjay santiago sara selim serge sergei shreya simon sofia stephane
    stephanie sunil tanaka tarek thierry tiago tomas vanessa veronique vikram xavier
    yan yannick yao yasmin yassine youssef yusuf zainab zhang zhao
    ngozi tariq marta adaeze oluwaseun tunde segun bisi nkechi kwabena abena yaw esi
    thabo sipho lerato zanele hao wen xin yong jia hyun seo minji sung rin haruto
    aarav vivek sneha kavya arun lakshmi meera asif bashir nasser rami layla yara"""
)

# France, Belgium, Switzerland and Québec, from the grandparents' names to today's.
_FRANCOPHONE = words(
    """adele agathe alix amandine anais annick anouk apolline audrey axelle beatrice
    bernadette brigitte cecile chantal charlotte christelle colette coralie corinne
    danielle delphine denise diane dominique eloise emeline estelle evelyne fabienne
    francoise gabrielle genevieve ghislaine gisele heloise jacqueline jocelyne josee
    josiane justine karine laetitia laurence lilou louise maelle maelys maeva margaux
    margot marianne martine maud maude mathilde melissa mireille monique muriel nadine
    nelly noemie nolwenn oceane odile ophelie romane rosalie sabine salome sandrine
    severine simone solene suzanne therese valerie virginie yvette yvonne mylene johanne
    cindy sabrina alexia celia lou mila elsa lena gaby flo steph albert armand aurelien
    aymeric basile bertrand brice charles corentin didier edgar erwan florent francis
    frederic gaetan gauthier ghislain gregoire gregory herve hugues jacques jacky
    jeremie jeremy joel jordan kilian kylian lenny leonard lilian loic lucien mael malo
    marcel marius mathias matheo mathis matthieu maurice maxence michel mickael nael
    nolan patrice raymond regis remy rene robert rodolphe roland stanislas sylvain
    thibault thibaut timeo timothee titouan tristan wilfried yanis yves yvon rejean eddy
    dany steven johnny jimmy evan axel eliott eliot milo noam augustin hadrien nico manu
    seb sasha jo"""
)

# The Maghreb and the Arab world, and French, Belgian and Québécois families from there.
_MAGHREB_ARABIC = words(
    """abdallah abdelaziz abdelkader abdellah abderrahmane abdullah adel adil ahmad amin
    amine amr anas ayman ayoub aziz badr bassam brahim charbel djamel driss elie fadi
    faisal farouk fouad hadi hani hicham hisham hossam hussein idris idriss ilias ilyas
    imad ismael ismail issa jamel kamal kamel khaled khalid khalil lotfi lyes maher
    malek marwan mourad mustafa mostafa mounir muhammad nassim nizar noureddine osama
    othmane riad ridha saad sabri saeed saif salah salim samer sofiane soufiane tahar
    walid waleed wassim yacine yahya yasser younes yousef zakaria ziad zinedine amal
    amel asma assia basma chaima dalia dina dounia fatiha ghada hafsa hajar hala hanane
    hayat heba hiba houda huda jamila jana kenza lamia latifa lilia loubna malika manel
    marwa meriem meryem mona myriam naima nawal nesrine noura rachida rahma rana reem
    rym safia salima samia samira sana siham soraya souad wafa yamina yasmina yousra
    zahra zineb zohra"""
)

# Senegal, Mali, Guinea, Côte d'Ivoire, Cameroon and Ghana, and their diasporas.
_WEST_CENTRAL_AFRICAN = words(
    """alioune aliou assane babacar bakary boubacar cheikh daouda demba ibrahima idrissa
    malick modou oumar sekou serigne seydou souleymane youssouf salif aissatou aminata
    astou binta coumba djeneba fanta hawa kadiatou khady mariama ndeye oumou rokhaya
    kouame kouassi konan koffi kouadio adjoua akissi landry rodrigue armel aristide
    prisca raissa larissa kwaku kwasi kwadwo kojo kwesi kweku nii edem ama akua adwoa
    afua yaa efua akosua"""
)

# Nigeria: Yoruba, Igbo and Hausa names.
_NIGERIAN = words(
    """ade adebayo adewale ayo ayodele babatunde bolaji bukola damilola dayo deji femi
    folake funmi funmilayo gbenga ife jide kayode kehinde kemi kunle olumide olufemi
    seun sola taiwo tayo temitope titi tobi tolu tope tosin toyin wale yemi yetunde
    yinka amaka chiamaka chidinma chika chinedu chinonso chinwe ebuka ifeanyi ifeoma
    ikechukwu ikenna kelechi nnamdi nneka obinna obi uche uchenna ugo abubakar aliyu
    aminu bello hadiza halima haruna hauwa musa sani shehu suleiman usman yakubu"""
)

# Kenya, Ethiopia and South Africa.
_EAST_SOUTHERN_AFRICAN = words(
    """achieng akinyi amani atieno chebet imani juma kamau mwangi njeri otieno wanjiku
    wambui wanjiru zawadi abebe abel bekele dawit ermias haile henok hiwot meron
    mulugeta selam solomon tesfaye tigist yohannes yonas andile ayanda bongani dineo
    kagiso karabo lindiwe mandla mbali mpho naledi nomsa palesa sibusiso sizwe thandi
    thando themba thulani tshepo vusi zodwa riaan pieter johan deon liezl"""
)

# The United Kingdom and Ireland.
_BRITISH_IRISH = words(
    """alasdair alistair angus callum craig douglas duncan euan ewan fergus fraser gordon
    graham hamish iain malcolm kirsty isla fiona rory dafydd gareth huw rhys bethan
    carys cerys rhiannon sian seren nia aidan aoife brendan cian ciara ciaran cillian
    colm conor darragh deirdre dermot donal eamon eoin fionn kieran maeve mairead niall
    niamh oisin orla padraig roisin ronan saoirse seamus sinead siobhan sorcha tadhg
    alfie archie barry bradley clive colin darren dominic freddie gavin geoffrey geoff
    harrison harvey howard jamie keith lewis nigel ollie reggie reuben rupert stuart
    stewart toby trevor wesley stan vic phil mick sean shaun abbie abigail alison
    allison amelia bea becky beth carole darcy debbie eileen elaine ellie elsie esme
    evie freya gail gemma gillian harriet hayley imogen jess jill joanne josie katie
    kerry leanne lesley libby liz lottie lorraine lucy lynn maisie mandy maureen meg
    millie molly nicola phoebe rosie sally stacey tracey vicky wendy"""
)

# The United States, English-speaking Canada, Australia and New Zealand.
_AMERICAN_AUSTRALIAN = words(
    """aaliyah abby aiden alan alyssa amanda ann ashley aubrey austin ava avery bailey
    barbara betty bobby brandon brenda brett brianna brittany brooke bruce bryce caleb
    cameron carl chelsea cheryl christina christopher cody colton connor cooper corey
    courtney cynthia dana darnell darius debra deborah dennis derek deshawn donald donna
    dorothy dustin dwayne dylan edward elijah elizabeth eugene evelyn ezra frances gary
    gerald gloria grayson hailey harold harper hayden isaiah jacob jaden jake jalen
    janet jared jason jayden jeffrey jenna jennifer jeremiah jerry joan joey joshua
    josiah joyce judy kaitlyn katherine kathleen kathryn kayla keisha kelly kelsey
    kimberly kristen kyle kylie lamar landon larry latoya lawrence leslie levi lincoln
    lindsay logan lori madeline madison margaret marilyn martha mary matthew megan
    michelle miranda mitchell morgan nancy natalie nicholas owen paige pamela peyton
    philip quinn rachel riley ronald roy russell ruth samantha scarlett scott shannon
    sharon shawn shelby shirley skylar stacy stanley stella stephen susan tamara tanya
    taylor teresa terry theodore tiffany timothy todd tracy troy tyler tyrone victoria
    walter wayne whitney wyatt zachary zac zach jaylen dante desmond kirra shane glenn
    kirk hudson eleanor danny tommy billy kenny eddie gus hank cathy kathy tina"""
)

# Spain, Catalonia, the Basque Country, Mexico, Argentina, Colombia and the rest of
# Spanish-speaking America.
_SPANISH = words(
    """adrian agustin aitor alberto alejandro alfredo alvaro andres arturo asier camilo
    cesar cristian eduardo emiliano emilio enrique ernesto esteban facundo federico
    felipe francisco gerardo gonzalo guillermo hector ignacio iker inigo jaime joaquin
    jordi josep mariano marcos matias mauricio mikel oriol pau pol raul ricardo roberto
    rodrigo sebastian sergio unai vicente xavi paco pepe rafa dani quique fran javi
    ainhoa alba alejandra amparo araceli beatriz blanca catalina consuelo dolores
    esperanza florencia guadalupe itziar jimena josefa juana julieta leire leticia
    lorena luciana lupe luz macarena maite marcela maribel marisol martina mercedes
    milagros montserrat nerea noelia nuria paloma pilar raquel rocio soledad susana
    valeria ximena yolanda agustina"""
)

# Portugal and Brazil, and the Portuguese families of France and Switzerland.
_PORTUGUESE = words(
    """afonso caio cristiano davi diogo duarte fabio filipe goncalo guilherme gustavo
    henrique joaquim leandro luiz marcelo matheus murilo nuno paulo renato rui thiago
    vasco vinicius vitor aline bruna camila catarina fernanda filipa joana juliana
    leonor luana mafalda margarida mariana matilde priscila rafaela renata tatiana thais
    vitoria"""
)

# Italy and Italian Switzerland.
_ITALIAN = words(
    """alessandro alessio angelo antonio carlo daniele davide domenico edoardo emanuele
    enrico fabrizio filippo francesco gabriele giacomo gianluca gianni giorgio giovanni
    giulio giuseppe massimo mattia maurizio michele paolo pietro riccardo salvatore
    stefano tommaso vincenzo alessia antonella arianna benedetta camilla caterina elisa
    federica gaia giorgia giovanna ginevra ilaria noemi paola patrizia roberta serena
    silvia simona valentina"""
)

# Germany, Austria, German-speaking Switzerland, the Netherlands and Flanders.
_GERMAN_DUTCH = words(
    """andreas anton arne bernd christoph dieter dirk dominik emil fabian finn franz fritz
    hans heinz helmut jakob jannik jens johannes jonas jorg josef jurgen karl klaus
    lukas manfred markus matthias maximilian moritz niklas nils olaf oskar otto philipp
    rainer ralf stefan sven thorsten tobias udo ulrich uwe volker werner wolfgang reto
    urs angelika anja anke annika birgit claudia franziska heike helga ingrid johanna
    karin katharina katrin kerstin lara magdalena maja monika nele petra silke susanne
    tanja ursula verena kees henk willem wim jeroen daan thijs stijn bram niels joost
    maarten martijn sander koen joris wouter luuk gert geert bart gijs jelle lotte sanne
    femke marieke"""
)

# Sweden, Norway, Denmark, Finland and Iceland.
_NORDIC = words(
    """anders bjorn fredrik gunnar gustav hakan henrik kjell leif magnus mikael olof rasmus
    ulf mattias jesper joakim kalle pontus ingemar lennart goran stig bengt isak astrid
    birgitta ebba elin frida linnea sigrid solveig tove margareta ulla alva selma knut
    morten olav oyvind sigurd terje trond eirik espen geir kjetil stian svein kari liv
    marit silje ingeborg soren mads mikkel kasper jeppe frederik poul torben mette hanne
    pia trine sofie freja antti juha jukka matti mikko pekka timo heikki janne jari
    kimmo lauri sami tuomas aino anu sanna minna paivi riitta satu tiina leena einar
    gudrun ragnar gudmundur sigurdur olafur kristjan bjarni sigrun hildur"""
)

# Poland, Czechia, Ukraine, Russia and the former Yugoslavia.
_SLAVIC = words(
    """andrzej bartosz dariusz dawid grzegorz jakub janusz jerzy kamil krzysztof kuba
    lukasz maciej marcin marek mateusz michal pawel piotr szymon tomasz wojciech rafal
    slawomir zbigniew tadeusz przemyslaw krystian agnieszka alicja ania beata dorota ewa
    iwona joanna kasia katarzyna magda malgorzata zofia zuzanna justyna weronika
    wiktoria halina krystyna jiri karel ondrej pavel petr vaclav jaroslav miroslav
    zdenek lenka tereza eliska veronika katerina andriy bohdan dmytro mykola oleksandr
    serhiy taras volodymyr yaroslav vasyl iryna oksana olena tetiana svitlana aleksei
    alexei andrei artem dmitry kirill leonid lev mikhail nikita nikolai oleg sergey
    vladimir yuri maxim evgeny vadim ruslan timur ilya konstantin dima misha pasha kolya
    vova zhenya alina anastasia daria ekaterina galina irina katya ksenia lyudmila masha
    natalia polina svetlana vera yulia dasha nastya viktoria dejan ivana jelena marko
    milica nikola zoran"""
)

# Romania, Hungary and Greece.
_ROMANIAN_HUNGARIAN_GREEK = words(
    """alexandru bogdan constantin florin ionut mihai radu razvan vlad catalin dorin
    gheorghe sorin andreea ioana mihaela oana raluca roxana cristina daniela gabriela
    laszlo istvan janos zoltan gabor attila tamas zsolt andras balazs csaba ferenc
    gyorgy imre sandor tibor eszter judit katalin zsofia erzsebet krisztina reka
    zsuzsanna dimitris giorgos kostas nikos yannis panagiotis christos stavros georgios
    vasilis spyros thanasis manolis stelios petros alexandros eleni dimitra vasiliki
    eirini despina konstantina ioanna georgia"""
)

# Turkey, and the Turkish families of Germany, France and the Netherlands.
_TURKISH = words(
    """ahmet burak cem emre fatih kemal mehmet mert murat omer osman serkan baris onur
    tolga ozan kaan arda efe berk eren emir yigit alper kerem umut levent orhan serdar
    sinan volkan gokhan cengiz huseyin halil ayse elif emine esra fatma merve zeynep
    aylin selin ece irem defne derya ebru gizem ipek ozlem pinar seda sibel tugba
    yasemin busra"""
)

# Iran.
_IRANIAN = words(
    """arash babak dariush farhad hossein kaveh mohammad navid omid reza behnam kamran kian
    kourosh majid masoud hamid vahid ramin shahram nima sina payam pouya parsa afshin
    ehsan maryam nazanin parisa shirin fatemeh mahsa narges roya sepideh shiva sahar
    golnaz niloufar azadeh elham neda mitra"""
)

# Israel and Jewish families elsewhere.
_HEBREW = words(
    """avi itai moshe ori yoav yosef shira tamar yael noa eitan yonatan nadav yuval oren
    eran ronen doron gil shai ido amit tal erez ofer eyal ilan hila keren limor adi
    inbar dafna rivka miriam shani talia"""
)

# India, north and south, and Indian families abroad.
_INDIAN = words(
    """aditya ajay akash anand ananya anjali arvind ashok deepa divya ganesh gaurav harish
    kiran krishna kumar mahesh manish manoj mohan naveen nisha pradeep prakash preeti
    rajesh rakesh ramesh rohit sachin sandeep shruti sunita suresh swati vijay vikas
    vishal abhishek aishwarya akhil aman anushka aravind ashish ashwin bharath deepika
    dinesh dhruv gayatri geeta gopal hari isha ishaan jyoti kabir karan karthik kartik
    kavita kavitha madhu manisha meena megha mukesh nandini neeraj nidhi nitin pallavi
    pankaj pavan piyush prasad prashant praveen priyanka radha radhika raghav rajiv
    rekha rishi ritu riya sahil sai sakshi sameer sangeeta sanjeev saurabh seema senthil
    shankar shilpa shivani shweta siddharth simran sonal sudha suman sumit tanvi tarun
    uma usha varun venkat vidya vignesh vinod vishnu yash gurpreet harpreet manpreet
    jaspreet amandeep kuldeep navdeep"""
)

# Pakistan and Bangladesh.
_PAKISTANI_BANGLADESHI = words(
    """abdul adnan ayesha hina imran irfan junaid kashif nadeem rizwan saima salman shahid
    sidra zain asad atif fahad farhan haris javed naveed noor rabia saba sadia shoaib
    sohail talha umair waqas zeeshan zubair iqra amna maham mehwish nimra uzma rahim
    rafiq habib anwar masud sakib shakib tamim tanvir rubel sumon nusrat farhana nasrin
    sharmin tahmina"""
)

# Sri Lanka and Nepal.
_SRI_LANKAN_NEPALI = words(
    """nimal kasun nuwan ruwan dilshan roshan bikash binod sagar santosh chaminda lahiru
    tharindu chathura kusal isuru mahela sanath kumari dilani sanduni nethmi thilini
    ishara hiruni bishnu bikram dipesh nabin prabin sudip sujan suraj sushil tenzing
    pemba dorje sarita sabina sushma laxmi pema smriti"""
)

# China, Taiwan, Hong Kong and Singapore, in pinyin.
_CHINESE = words(
    """jing xiaoming haoran lei hui jie tao qiang jian hong hua ying xia yu chao peng fei
    feng ling hai ning qing xue yun yue zhen qian liang jiahao yuxuan zihan haoyu yichen
    zixuan junjie jiayi xinyi yutong xiaoyu xiaoli xiaohong xiaowei zhiwei jianhua
    weiwei lili tingting jingjing lingling fangfang meiling jiawei haiyan hongwei yiming
    yifan tianyi xinyu jiaqi"""
)

# Japan.
_JAPANESE = words(
    """takashi makoto satoshi daisuke takuya yuta hiroki kazuki taro kenta shota naoki
    yusuke ryota tatsuya takeshi koji shinji masato tetsuya ichiro haruki hinata sota
    ren riku takumi daiki yuji kazuya hayato sho akiko yoko keiko kyoko naoko tomoko
    yumiko michiko mayumi yuko emi megumi kaori miki yuka mika misaki haruka yui yuna
    aoi asuka ayaka chihiro kana mizuki nozomi saki sayaka"""
)

# Korea, written both joined and with the usual hyphen.
_KOREAN = words(
    """minjun min-jun seoyeon seo-yeon jiwoo ji-woo jihoon ji-hoon minseo min-seo seojun
    seo-jun haeun ha-eun doyun do-yun junho jun-ho sungmin sung-min hyunwoo hyun-woo
    donghyun dong-hyun jiyeon ji-yeon soojin soo-jin eunji eun-ji jimin ji-min jaewon
    jae-won jinwoo jin-woo minho min-ho jaehyun jae-hyun jieun ji-eun joon hoon"""
)

# Vietnam, Thailand, the Philippines, Indonesia and Malaysia.
_SOUTHEAST_ASIAN = words(
    """anh tuan thanh nam quang huy khanh phuong linh trang thao ngoc hoa hien thuy nga tam
    vinh phuc bao khoa trung thang cuong hieu quan vy uyen nhung quynh hanh nhi xuan
    chau giang binh duong kiet phong viet somchai somsak somporn prasert wichai surachai
    anan chaiwat kittisak nattapong thanawat niran siriporn malee ratana supaporn wanida
    kanya nok pim ramon rommel jayson emmanuel manny jojo arnel reynaldo rolando danilo
    romeo alvin marvin melvin edwin erwin jericho rhea maricel marites rowena kristine
    janine imelda corazon perla budi agus andi dedi eko hendra iwan joko rudi bambang
    wahyu bayu dwi fajar rizky dimas ilham putra surya dian dewi sri siti putri ayu rina
    yuni lestari indah fitri ratna wulan rani eka intan nurul azman azlan faizal hafiz
    iskandar khairul syafiq zulkifli amirul haikal luqman najib aiman nabilah aisyah
    amira liyana"""
)

FIRST_NAMES = (
    _COMMON
    | _FRANCOPHONE
    | _MAGHREB_ARABIC
    | _WEST_CENTRAL_AFRICAN
    | _NIGERIAN
    | _EAST_SOUTHERN_AFRICAN
    | _BRITISH_IRISH
    | _AMERICAN_AUSTRALIAN
    | _SPANISH
    | _PORTUGUESE
    | _ITALIAN
    | _GERMAN_DUTCH
    | _NORDIC
    | _SLAVIC
    | _ROMANIAN_HUNGARIAN_GREEK
    | _TURKISH
    | _IRANIAN
    | _HEBREW
    | _INDIAN
    | _PAKISTANI_BANGLADESHI
    | _SRI_LANKAN_NEPALI
    | _CHINESE
    | _JAPANESE
    | _KOREAN
    | _SOUTHEAST_ASIAN
)

# Faker's person providers (MIT, on PyPI) list the given names of some sixty locales:
# the broadest well-kept source there is. Those written in Latin script extend the list
# above, except its "en" locale (US birth records, full of words such as "Case",
# "Early" or "Green") and the words below, which are names somewhere but read as
# common words, tools or places at the start of a sentence.
_ORDINARY_WORDS = words(
    """le la les un une son sa ses mon ma ton ta du de des au aux et ou en par per pour
    sur sous avec sans mais donc car ni que qui quoi dont elle il on tu vu lu mal bas
    cas vide champ canal lien lot mat porter cher beau clair deja genie malin pete lance
    relu edite mars lundi mardi jeudi vendredi samedi dimanche janvier fevrier avril mai
    juin juillet aout septembre octobre novembre decembre prudence constance patience
    victoire fleur reine ange noel pascal marine blanche aime france ete hiver automne
    as an else reason run page job len over can line link min ran made may dev doc case
    will lex ed add us unknown said server carry skip long canal var junior grace ever
    floor guy side colon valid true less media bot come red early branch don val roll
    edit jun green french west north brain minor my boss ping tore storm drew tiny bil
    owe chase lies author cap ha ties rush prior little judge june april august summer
    dawn faith hope joy rose lily ivy daisy holly ruby jade amber crystal pearl violet
    olive sky river rain bill pat art sunny sandy rusty hunter carter cash price rich ray
    sage reed wade penny kitty candy misty cloud major king prince royal justice wisdom
    miles chance bishop bell hill stone wood brook rock dale glen cliff forest lake ocean
    star sun moon day night spring autumn winter march apple berry cherry ginger honey
    sugar pepper basil clay flint iron steel gold silver lane street park field grant
    guy hart hale hardy heath king lord love lucky noble pace rowan rusty shadow silence
    smith sterling stormy tank trinity unique velvet vivid young zen helm argo vault
    consul nomad spark hive elastic sentry jira slack zoom go julia node react celery
    envoy caddy neo glue lambda apollo hermes iris luna orion phoenix atlas thor loki odin
    zeus athena aurora nova juno titan kafka redis rancher jenkins travis ansible chef
    puppet docker ubuntu debian fedora arch alpine nginx apache tomcat flink hadoop hive
    logstash kibana grafana datadog splunk opsgenie confluence teams meet rust python java
    scala kotlin swift dart elixir perl lua deno bun vue angular svelte ember django flask
    rails laravel quarkus micronaut istio linkerd traefik haproxy varnish squid postgres
    mysql maria mongo cassandra scylla couch dynamo athena fargate cron shell bash vim
    emacs git github gitlab bitbucket azure google amazon oracle ibm cisco dell intel"""
)
_LATIN_LOCALES = [
    "az_AZ",
    "cs_CZ",
    "da_DK",
    "de_AT",
    "de_CH",
    "de_DE",
    "de_LI",
    "de_LU",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_KE",
    "en_NG",
    "en_NZ",
    "en_PK",
    "en_TH",
    "en_US",
    "es_AR",
    "es_CA",
    "es_CL",
    "es_CO",
    "es_ES",
    "es_MX",
    "et_EE",
    "fi_FI",
    "fr_BE",
    "fr_CA",
    "fr_CH",
    "fr_DZ",
    "fr_FR",
    "fr_QC",
    "ga_IE",
    "ha_NG",
    "hr_HR",
    "hu_HU",
    "id_ID",
    "ig_NG",
    "is_IS",
    "it_IT",
    "ja_JP",
    "lt_LT",
    "lv_LV",
    "nl_BE",
    "nl_NL",
    "no_NO",
    "pl_PL",
    "pt_BR",
    "pt_PT",
    "ro_RO",
    "sk_SK",
    "sl_SI",
    "sv_SE",
    "sw",
    "tr_TR",
    "tw_GH",
    "uz_UZ",
    "vi_VN",
    "yo_NG",
    "zh_CN",
    "zh_TW",
    "zu_ZA",
]
_NAME_SHAPE = re.compile(r"[a-z][a-z'-]+")


def is_first_name(word: str) -> bool:
    """Whether a folded word (or the first part of a hyphenated one) is a first name."""
    first = word.split("-", maxsplit=1)[0]
    return first in FIRST_NAMES or (first not in _ORDINARY_WORDS and first in _locale_names())


@lru_cache(maxsize=1)
def _locale_names() -> frozenset[str]:
    """Loaded once, on the first unknown capitalised word (about half a second)."""
    names: set[str] = set()
    for locale in _LATIN_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            if attribute.startswith(("first_name", "first_romanized_name")):
                values = getattr(provider, attribute)
                if isinstance(values, dict | tuple | list):
                    names.update(fold(v) for v in values if isinstance(v, str))
    return frozenset(n for n in names if _NAME_SHAPE.fullmatch(n))
