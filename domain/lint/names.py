"""Common first names from many cultures, folded (lower case, no accents).

"Bob forgot" must be caught before anyone registers Bob, but a capitalised word may
just as well be a tool ("Kubernetes failed"): a known first name is what tells them
apart. The list spans European, African, Arabic, South and East Asian and Latin
American names and common short forms, since teams are international.
"""

from __future__ import annotations

from domain.lint.text import words

FIRST_NAMES = words(
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
