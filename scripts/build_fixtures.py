#!/usr/bin/env python3
"""Build the hand-written annotated fixtures in fixtures/ (see fixtures/README.md).

All texts below were written by the team for these fixtures: invented, fictional news items and
short examples. Each quote is given by its exact substring; this script finds it in the text and
computes the offsets, so nobody counts characters by hand.

    python3 scripts/build_fixtures.py          # rewrites fixtures/*.gold.jsonl
    python3 scripts/check_fixtures.py          # validates them

A quote is written D(...) (direct), P(...) (partial) or I(...) (indirect) with the quoted text, the
canonical speaker and the cue as written. If the substring occurs more than once in the document,
pass n=<0-based occurrence>; otherwise it must occur exactly once.

Typography: French documents are typed with plain spaces inside « » and before : ; ? !, and the
``marks`` option of a document re-types them before offsets are computed:
  "space"  keep normal spaces          « Texte »
  "nbsp"   U+00A0 inside « » and before : ; ? !
  "nnbsp"  U+202F inside « » and before ; ? !, U+00A0 before :
  "tight"  no space inside « »         «Texte»
  "raw"    the text is used exactly as written
``apos="curly"`` turns every ' into ’ (the straight apostrophe is kept otherwise).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures"
SOURCE = "quotecheck fixtures (written by the team)"

NBSP, NNBSP = "\u00a0", "\u202f"


def retype(s: str, marks: str, apos: str | None) -> str:
    if marks in ("nbsp", "nnbsp"):
        sp = NBSP if marks == "nbsp" else NNBSP
        s = s.replace("« ", "«" + sp).replace(" »", sp + "»")
        for p in ";?!":
            s = s.replace(" " + p, sp + p)
        s = s.replace(" :", NBSP + ":")
    elif marks == "tight":
        s = s.replace("« ", "«").replace(" »", "»")
    elif marks not in ("space", "raw"):
        raise ValueError(marks)
    if apos == "curly":
        s = s.replace("'", "’")
    return s


def D(text, speaker, cue, n=None):
    return ("direct", text, speaker, cue, n)


def P(text, speaker, cue, n=None):
    return ("partial", text, speaker, cue, n)


def I(text, speaker, cue, n=None):
    return ("indirect", text, speaker, cue, n)


def para(*ps: str) -> str:
    return "\n\n".join(ps)


def lines(*ls: str) -> str:
    return "\n".join(ls)


class Collection:
    def __init__(self, prefix: str, min_len: int, max_len: int | None):
        self.prefix, self.min_len, self.max_len = prefix, min_len, max_len
        self.docs: list[dict] = []

    def add(self, pattern, text, quotes, lang="fr", marks="space", apos=None):
        text = retype(text, marks, apos)
        n_chars = len(text)
        ident = f"{self.prefix}{len(self.docs) + 1:03d}"
        if n_chars < self.min_len or (self.max_len and n_chars > self.max_len):
            raise SystemExit(f"{ident} ({pattern}): length {n_chars} out of range")
        out = []
        for kind, qtext, speaker, cue, n in quotes:
            qtext = retype(qtext, marks, apos)
            if cue is not None:
                cue = retype(cue, "raw", apos)
            if speaker is not None:
                speaker = retype(speaker, "raw", apos)
            found, i = [], text.find(qtext)
            while i >= 0:
                found.append(i)
                i = text.find(qtext, i + 1)
            if not found:
                raise SystemExit(f"{ident} ({pattern}): quote not found: {qtext!r}")
            if n is None and len(found) != 1:
                raise SystemExit(f"{ident} ({pattern}): quote found {len(found)} times, give n=: {qtext!r}")
            start = found[n or 0]
            out.append({"text": qtext, "start": start, "end": start + len(qtext),
                        "kind": kind, "speaker": speaker, "cue": cue})
        out.sort(key=lambda q: (q["start"], q["end"]))
        self.docs.append({"id": ident, "lang": lang, "source": SOURCE, "pattern": pattern,
                          "text": text, "quotes": out})

    def write(self, path: Path):
        with open(path, "w", encoding="utf-8") as f:
            for d in self.docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# fixtures/fr_news.gold.jsonl: short French news items, one main pattern each
# ---------------------------------------------------------------------------------------------
news = Collection("fr-news-", 350, 1500)

news.add("speaker-after-quote", para(
    "Le conseil régional de Bourgogne-Franche-Comté a adopté jeudi soir son budget pour 2025, après plus "
    "de six heures de débats. « Ce budget protège les lycées et les transports du quotidien, sans augmenter "
    "la pression fiscale », a affirmé Laurent Petitjean, vice-président chargé des finances, à l'issue du vote.",
    "L'opposition a voté contre. « On nous présente des économies qui n'en sont pas : les dépenses de "
    "fonctionnement progressent encore de 3 % », a dénoncé Sophie Marchetti, présidente du groupe "
    "d'opposition. Le texte a été adopté par 54 voix contre 38."), [
    D("Ce budget protège les lycées et les transports du quotidien, sans augmenter la pression fiscale",
      "Laurent Petitjean", "a affirmé"),
    D("On nous présente des économies qui n'en sont pas : les dépenses de fonctionnement progressent "
      "encore de 3 %", "Sophie Marchetti", "a dénoncé"),
], marks="nbsp")

news.add("speaker-after-quote", para(
    "Troisième de la dernière étape du Tour de l'Ain féminin, la Lyonnaise Camille Rostand a conservé son "
    "maillot de leader et remporte le classement général. « Je n'ai jamais autant souffert sur un vélo, mais "
    "je savais que l'équipe ferait le travail jusqu'au bout », a confié Camille Rostand, les larmes aux yeux, "
    "sur la ligne d'arrivée.",
    "Son directeur sportif, Marc-Antoine Lebel, saluait une course « parfaitement maîtrisée ». « Elle a "
    "couru avec la tête, pas seulement avec les jambes. C'est la marque des grandes championnes », a estimé "
    "le technicien, qui voit déjà sa protégée au départ des championnats du monde en septembre."), [
    D("Je n'ai jamais autant souffert sur un vélo, mais je savais que l'équipe ferait le travail jusqu'au bout",
      "Camille Rostand", "a confié"),
    P("parfaitement maîtrisée", "Marc-Antoine Lebel", "saluait"),
    D("Elle a couru avec la tête, pas seulement avec les jambes. C'est la marque des grandes championnes",
      "Marc-Antoine Lebel", "a estimé"),
], marks="tight")

news.add("pronoun-inversion", para(
    "Le groupe agroalimentaire Vallerand va fermer son usine de Saint-Quentin d'ici à la fin de l'année, "
    "a annoncé mardi son directeur général, Philippe Arnoux. Les 212 salariés se verront proposer un "
    "reclassement sur les sites de Reims et d'Amiens. « La demande de plats cuisinés surgelés a reculé de "
    "18 % en deux ans. Nous ne pouvions plus faire tourner trois usines avec le volume de deux », a-t-il "
    "expliqué devant la presse.",
    "« Personne ne sera laissé sans solution. Chaque salarié aura un entretien individuel avant l'été », "
    "a-t-il ajouté. Les syndicats ont appelé à un rassemblement jeudi devant le site."), [
    I("Le groupe agroalimentaire Vallerand va fermer son usine de Saint-Quentin d'ici à la fin de l'année",
      "Philippe Arnoux", "a annoncé"),
    D("La demande de plats cuisinés surgelés a reculé de 18 % en deux ans. Nous ne pouvions plus faire "
      "tourner trois usines avec le volume de deux", "Philippe Arnoux", "a-t-il expliqué"),
    D("Personne ne sera laissé sans solution. Chaque salarié aura un entretien individuel avant l'été",
      "Philippe Arnoux", "a-t-il ajouté"),
], marks="space")

news.add("pronoun-inversion", para(
    "La directrice de l'agence régionale de santé d'Occitanie, Claire Bastide, a présenté lundi son plan "
    "contre les déserts médicaux : trente maisons de santé doivent ouvrir d'ici à 2027 dans les zones "
    "rurales. « Nous ne réglerons pas le problème en un an. Il faut former davantage de médecins et les "
    "convaincre de s'installer là où l'on a besoin d'eux », a-t-elle reconnu.",
    "Les élus ruraux réclament des mesures plus contraignantes. « La liberté d'installation n'est pas "
    "remise en cause », a précisé Mme Bastide. « En revanche, les aides seront réservées aux territoires "
    "prioritaires », ajoute-t-elle."), [
    D("Nous ne réglerons pas le problème en un an. Il faut former davantage de médecins et les convaincre "
      "de s'installer là où l'on a besoin d'eux", "Claire Bastide", "a-t-elle reconnu"),
    D("La liberté d'installation n'est pas remise en cause", "Claire Bastide", "a précisé"),
    D("En revanche, les aides seront réservées aux territoires prioritaires", "Claire Bastide",
      "ajoute-t-elle"),
], marks="nnbsp")

news.add("colon-verb-intro", (
    "Le tribunal correctionnel de Rennes a condamné vendredi un ancien adjoint au maire de Vitré à "
    "dix-huit mois de prison avec sursis pour prise illégale d'intérêts. Il avait attribué un marché de "
    "voirie à l'entreprise de son beau-frère. À l'audience, le prévenu, Gérard Loisel, avait déclaré : "
    "« J'ai agi dans l'intérêt de la commune, jamais dans le mien. » Son avocate, Me Anne-Sophie Kerbrat, "
    "a annoncé : « Nous allons faire appel de cette décision, qui ne tient aucun compte du dossier. » La "
    "procureure avait requis deux ans avec sursis."), [
    D("J'ai agi dans l'intérêt de la commune, jamais dans le mien.", "Gérard Loisel", "avait déclaré"),
    D("Nous allons faire appel de cette décision, qui ne tient aucun compte du dossier.",
      "Anne-Sophie Kerbrat", "a annoncé"),
], marks="nbsp")

news.add("colon-verb-intro", para(
    "La ministre chilienne de l'Environnement, Valentina Ortúzar, a ouvert mardi à Santiago une conférence "
    "régionale sur la protection des glaciers. Devant les délégués de onze pays, elle a lancé : « Les "
    "glaciers andins ont perdu un quart de leur volume en quarante ans. Nous n'avons plus le luxe "
    "d'attendre. »",
    "Le texte final, qui doit être adopté vendredi, prévoit un réseau commun de surveillance. Le délégué "
    "argentin, Martín Salaberry, a prévenu : « Sans financement, ce réseau restera sur le papier. »"), [
    D("Les glaciers andins ont perdu un quart de leur volume en quarante ans. Nous n'avons plus le luxe "
      "d'attendre.", "Valentina Ortúzar", "a lancé"),
    D("Sans financement, ce réseau restera sur le papier.", "Martín Salaberry", "a prévenu"),
], marks="space")

news.add("colon-no-verb", para(
    "Elle publie ce mois-ci son troisième roman, « La Saison des sels », qui suit une famille de paludiers "
    "de Guérande sur trois générations. Rencontre avec Isabelle Quéméner, qui a grandi au bord des marais.",
    "Isabelle Quéméner : « J'ai voulu écrire sur un métier où l'on dépend entièrement du ciel. Mon "
    "grand-père regardait les nuages avant même de dire bonjour. »",
    "Sur l'écriture, la romancière : « Je réécris chaque chapitre cinq ou six fois. Le premier jet est "
    "toujours trop bavard. »"), [
    D("J'ai voulu écrire sur un métier où l'on dépend entièrement du ciel. Mon grand-père regardait les "
      "nuages avant même de dire bonjour.", "Isabelle Quéméner", None),
    D("Je réécris chaque chapitre cinq ou six fois. Le premier jet est toujours trop bavard.",
      "Isabelle Quéméner", None),
], marks="nbsp", apos="curly")

news.add("colon-no-verb", para(
    "Municipale partielle à Montluçon : la liste d'union de la gauche l'emporte avec 51,8 % des voix au "
    "second tour, dimanche, face au maire sortant. Participation : 46 %. Les réactions.",
    "Le vainqueur, Karim Bensaïd : « Les Montluçonnais ont choisi le changement, mais je serai le maire "
    "de tous. »",
    "Le maire sortant, Henri Daumas : « Je félicite mon adversaire. Il hérite de finances saines, qu'il en "
    "prenne soin. »"), [
    D("Les Montluçonnais ont choisi le changement, mais je serai le maire de tous.", "Karim Bensaïd", None),
    D("Je félicite mon adversaire. Il hérite de finances saines, qu'il en prenne soin.", "Henri Daumas", None),
], marks="tight")

news.add("selon-quote", (
    "Les ventes de vélos neufs ont reculé de 12 % en France l'an dernier, après trois années de forte "
    "croissance. Selon Bertrand Lacaze, président de la Fédération des professionnels du cycle, « le marché "
    "revient simplement à son niveau d'avant la crise sanitaire, il n'y a pas d'effondrement ». Les vélos à "
    "assistance électrique résistent mieux. « Un client sur deux repart aujourd'hui avec un modèle "
    "électrique, contre un sur cinq il y a six ans », selon le président de la fédération. Les magasins "
    "indépendants, eux, souffrent encore des stocks accumulés en 2022."), [
    D("le marché revient simplement à son niveau d'avant la crise sanitaire, il n'y a pas d'effondrement",
      "Bertrand Lacaze", "Selon"),
    D("Un client sur deux repart aujourd'hui avec un modèle électrique, contre un sur cinq il y a six ans",
      "Bertrand Lacaze", "selon"),
], marks="nbsp")

news.add("selon-quote", (
    "Un incendie a détruit dans la nuit de samedi à dimanche un entrepôt de pneus à Vénissieux. Aucun "
    "blessé n'est à déplorer. « Le feu a pris vers 2 heures du matin et s'est propagé très vite à cause "
    "de la nature des matériaux », selon le commandant Olivier Ferrand, des sapeurs-pompiers du Rhône. "
    "Selon lui, « la fumée était visible à plus de dix kilomètres ». Une enquête a été ouverte pour "
    "déterminer l'origine du sinistre. Selon la police, l'hypothèse criminelle n'est pas écartée à ce stade."), [
    D("Le feu a pris vers 2 heures du matin et s'est propagé très vite à cause de la nature des matériaux",
      "Olivier Ferrand", "selon"),
    D("la fumée était visible à plus de dix kilomètres", "Olivier Ferrand", "Selon"),
    I("l'hypothèse criminelle n'est pas écartée à ce stade", "la police", "Selon"),
], marks="space", apos="curly")

news.add("incise-split", (
    "Le ministre de l'Agriculture, Thierry Vasseur, s'est rendu lundi dans une exploitation laitière de la "
    "Manche touchée par la sécheresse. « Nous allons, a-t-il dit aux éleveurs, débloquer une avance de "
    "trésorerie dès le mois prochain. » Le montant n'a pas été précisé. « Ce n'est pas une aumône, a "
    "insisté le ministre, c'est la reconnaissance d'une situation exceptionnelle. » Les éleveurs attendent "
    "surtout une revalorisation du prix du lait payé par les industriels."), [
    D("Nous allons", "Thierry Vasseur", "a-t-il dit"),
    D("débloquer une avance de trésorerie dès le mois prochain.", "Thierry Vasseur", "a-t-il dit"),
    D("Ce n'est pas une aumône", "Thierry Vasseur", "a insisté"),
    D("c'est la reconnaissance d'une situation exceptionnelle.", "Thierry Vasseur", "a insisté"),
], marks="nbsp")

news.add("incise-split-curly", (
    "La capitaine de l'équipe de France de handball, Léa Fontanel, ne cachait pas sa déception après la "
    "défaite en demi-finale face à la Norvège (27-25). “On avait le match en main, reconnaît-elle, et on "
    "l'a laissé filer sur trois ballons perdus.” L'arrière de Metz, élue meilleure joueuse du tournoi, "
    "veut déjà se tourner vers le match pour la troisième place. “Il reste une médaille à aller chercher, "
    "insiste-t-elle. Ce serait une faute de la regarder de haut.”"), [
    D("On avait le match en main", "Léa Fontanel", "reconnaît-elle"),
    D("et on l'a laissé filer sur trois ballons perdus.", "Léa Fontanel", "reconnaît-elle"),
    D("Il reste une médaille à aller chercher", "Léa Fontanel", "insiste-t-elle"),
    D("Ce serait une faute de la regarder de haut.", "Léa Fontanel", "insiste-t-elle"),
], marks="raw", apos="curly")

news.add("multi-sentence-quote", (
    "Le CHU de Poitiers a rouvert mardi son service de pédiatrie, fermé trois semaines faute de personnel. "
    "« Nous avons recruté quatre infirmières et deux internes supplémentaires. Les gardes de nuit sont "
    "assurées jusqu'à la fin de l'année. Je ne promets pas qu'il n'y aura plus de difficultés, mais les "
    "familles peuvent à nouveau venir chez nous », a déclaré le directeur général de l'hôpital, Frédéric "
    "Moal. Pendant la fermeture, les enfants avaient été orientés vers Niort et Châtellerault. Pour "
    "Nathalie Girard, déléguée syndicale, « le problème de fond, ce sont les salaires »."), [
    D("Nous avons recruté quatre infirmières et deux internes supplémentaires. Les gardes de nuit sont "
      "assurées jusqu'à la fin de l'année. Je ne promets pas qu'il n'y aura plus de difficultés, mais les "
      "familles peuvent à nouveau venir chez nous", "Frédéric Moal", "a déclaré"),
    D("le problème de fond, ce sont les salaires", "Nathalie Girard", "Pour"),
], marks="nnbsp")

news.add("multi-sentence-quote-straight", (
    "La mission d'observation de l'Union africaine a rendu jeudi son rapport préliminaire sur l'élection "
    "présidentielle au Malawi. \"Le scrutin s'est déroulé dans le calme. Nous avons relevé des retards à "
    "l'ouverture de plusieurs bureaux dans le Nord, sans incidence sur le résultat. Les recours devront être "
    "examinés avec transparence\", a déclaré le chef de la mission, l'ancien ministre sénégalais Abdoulaye "
    "Ndiaye. L'opposition a affirmé avoir constaté des irrégularités dans trois districts. Le dépouillement "
    "se poursuivait vendredi."), [
    D("Le scrutin s'est déroulé dans le calme. Nous avons relevé des retards à l'ouverture de plusieurs "
      "bureaux dans le Nord, sans incidence sur le résultat. Les recours devront être examinés avec "
      "transparence", "Abdoulaye Ndiaye", "a déclaré"),
    I("avoir constaté des irrégularités dans trois districts", "l'opposition", "a affirmé"),
], marks="raw")

news.add("multi-paragraph-quote", para(
    "Le directeur du festival de jazz de Coutances, Yann Le Bihan, a expliqué vendredi, en présentant la "
    "programmation de la prochaine édition :",
    "« Nous avons réduit le nombre de scènes de cinq à trois et supprimé les concerts en plein air après "
    "minuit. Les riverains nous le demandaient depuis longtemps.",
    "« Cela ne veut pas dire moins d'artistes. Nous accueillerons quarante groupes, dont la moitié viennent "
    "de la région, et les tarifs ne bougent pas. »",
    "Le festival avait attiré 38 000 spectateurs l'an dernier."), [
    D("Nous avons réduit le nombre de scènes de cinq à trois et supprimé les concerts en plein air après "
      "minuit. Les riverains nous le demandaient depuis longtemps.", "Yann Le Bihan", "a expliqué"),
    D("Cela ne veut pas dire moins d'artistes. Nous accueillerons quarante groupes, dont la moitié viennent "
      "de la région, et les tarifs ne bougent pas.", "Yann Le Bihan", "a expliqué"),
], marks="nbsp")

news.add("multi-paragraph-quote", para(
    "Au dernier jour du procès de l'explosion de la chaufferie de la résidence des Acacias, à Villeurbanne, "
    "Martine Colin, dont le fils est mort dans le drame, s'est adressée directement aux prévenus.",
    "« Pendant quatre ans, j'ai attendu que quelqu'un dise simplement : c'est ma faute. Personne ne l'a "
    "fait. Vous avez parlé de procédures, de sous-traitants, de contrats.",
    "« Mon fils avait vingt-trois ans. Il rentrait du travail. Je ne vous demande pas de pleurer avec moi, "
    "je vous demande de regarder ce que vous avez fait », a-t-elle déclaré d'une voix ferme.",
    "Le jugement sera rendu le 12 mars."), [
    D("Pendant quatre ans, j'ai attendu que quelqu'un dise simplement : c'est ma faute. Personne ne l'a "
      "fait. Vous avez parlé de procédures, de sous-traitants, de contrats.", "Martine Colin",
      "a-t-elle déclaré"),
    D("Mon fils avait vingt-trois ans. Il rentrait du travail. Je ne vous demande pas de pleurer avec moi, "
      "je vous demande de regarder ce que vous avez fait", "Martine Colin", "a-t-elle déclaré"),
], marks="space", apos="curly")

news.add("continuation", para(
    "Battu 2-0 à domicile par l'Union sportive de Kerlann, le Stade de Montvallon reste lanterne rouge de "
    "National. Son entraîneur, Patrice Morvan, n'a pas cherché d'excuses. « Nous avons été inexistants "
    "pendant quarante-cinq minutes », a reconnu le technicien en conférence de presse. « À ce niveau, on ne "
    "peut pas offrir une mi-temps à l'adversaire. » « Je prends ma part de responsabilité. Les joueurs "
    "aussi devront prendre la leur. »",
    "Le prochain match, samedi à Grenoble, prend déjà des allures de rendez-vous décisif."), [
    D("Nous avons été inexistants pendant quarante-cinq minutes", "Patrice Morvan", "a reconnu"),
    D("À ce niveau, on ne peut pas offrir une mi-temps à l'adversaire.", "Patrice Morvan", None),
    D("Je prends ma part de responsabilité. Les joueurs aussi devront prendre la leur.", "Patrice Morvan", None),
], marks="nbsp")

news.add("continuation", para(
    "La maire de Quimperlé, Gwenaëlle Riou, a défendu mercredi le projet de piétonnisation du centre-ville, "
    "contesté par une partie des commerçants. « Les villes qui ont fait ce choix ont vu leur fréquentation "
    "augmenter, pas baisser », a-t-elle assuré lors du conseil municipal.",
    "« Nous avons prévu deux parkings relais gratuits et une navette toutes les dix minutes. »",
    "Une réunion publique est prévue le 4 avril. « Je veux entendre toutes les inquiétudes, même celles "
    "que je ne partage pas. »"), [
    D("Les villes qui ont fait ce choix ont vu leur fréquentation augmenter, pas baisser", "Gwenaëlle Riou",
      "a-t-elle assuré"),
    D("Nous avons prévu deux parkings relais gratuits et une navette toutes les dix minutes.",
      "Gwenaëlle Riou", None),
    D("Je veux entendre toutes les inquiétudes, même celles que je ne partage pas.", "Gwenaëlle Riou", None),
], marks="tight")

news.add("trap-second-speaker", para(
    "Le débat sur la réforme du scrutin municipal a viré à l'affrontement mardi à l'Assemblée nationale. "
    "« Cette réforme est taillée sur mesure pour la majorité », a lancé le député Étienne Garnier. Le "
    "rapporteur du texte, Romain Delaunay, lui a répondu que le gouvernement n'avait fait que reprendre une "
    "proposition de l'Association des maires. « Relisez vos propres amendements de 2019 avant de donner "
    "des leçons. »",
    "Le vote solennel aura lieu la semaine prochaine."), [
    D("Cette réforme est taillée sur mesure pour la majorité", "Étienne Garnier", "a lancé"),
    I("le gouvernement n'avait fait que reprendre une proposition de l'Association des maires",
      "Romain Delaunay", "lui a répondu"),
    D("Relisez vos propres amendements de 2019 avant de donner des leçons.", "Romain Delaunay", None),
], marks="nbsp")

news.add("trap-second-speaker", (
    "Les négociations annuelles sur les salaires ont échoué jeudi chez le transporteur Delmas Logistique. "
    "« Nous proposons 2,5 % d'augmentation générale, c'est notre dernier mot », a indiqué la directrice des "
    "ressources humaines, Valérie Pichon. La CGT réclamait 6 %. Son délégué, Mickaël Rouxel, a dénoncé "
    "« une provocation ». « Avec l'inflation de ces deux dernières années, c'est une baisse de salaire "
    "déguisée. » Une grève est prévue lundi sur les quatre sites de l'entreprise."), [
    D("Nous proposons 2,5 % d'augmentation générale, c'est notre dernier mot", "Valérie Pichon", "a indiqué"),
    P("une provocation", "Mickaël Rouxel", "a dénoncé"),
    D("Avec l'inflation de ces deux dernières années, c'est une baisse de salaire déguisée.",
      "Mickaël Rouxel", None),
], marks="space")

news.add("trap-second-speaker-content", (
    "La réunion de crise sur la fièvre catarrhale ovine s'est tenue mardi à la préfecture de Laval. « Nous "
    "ne repartirons pas avec des promesses, nous voulons un calendrier de versement », a prévenu à son "
    "arrivée la présidente de la chambre d'agriculture de la Mayenne, Sylvie Gohier. Le préfet, Bruno "
    "Castel, a rappelé que l'État avait déjà débloqué douze millions d'euros pour indemniser les éleveurs "
    "du département. « Douze millions pour quatre mille exploitations touchées : faites le calcul, cela fait "
    "trois mille euros par ferme. » Une nouvelle réunion est prévue dans quinze jours."), [
    D("Nous ne repartirons pas avec des promesses, nous voulons un calendrier de versement", "Sylvie Gohier",
      "a prévenu"),
    I("l'État avait déjà débloqué douze millions d'euros pour indemniser les éleveurs du département",
      "Bruno Castel", "a rappelé"),
    # a careful reader: the sarcastic sum answers the prefect, so it is Sylvie Gohier's, not his
    D("Douze millions pour quatre mille exploitations touchées : faites le calcul, cela fait trois mille "
      "euros par ferme.", "Sylvie Gohier", None),
], marks="nnbsp")

news.add("female-speaker", (
    "La ministre de la Santé, Hélène Carayon, a été interrogée dimanche sur la fermeture annoncée de la "
    "maternité de Saint-Flour. Elle s'est dite « consciente de l'inquiétude des habitants ». « Aucune décision n'est "
    "prise. Je me rendrai sur place avant la fin du mois pour rencontrer les soignants », a-t-elle affirmé. "
    "La ministre a toutefois rappelé que l'établissement n'avait réalisé que 290 accouchements l'an "
    "dernier, sous le seuil de sécurité fixé par les autorités sanitaires."), [
    P("consciente de l'inquiétude des habitants", "Hélène Carayon", "s'est dite"),
    D("Aucune décision n'est prise. Je me rendrai sur place avant la fin du mois pour rencontrer les "
      "soignants", "Hélène Carayon", "a-t-elle affirmé"),
    I("l'établissement n'avait réalisé que 290 accouchements l'an dernier, sous le seuil de sécurité fixé "
      "par les autorités sanitaires", "Hélène Carayon", "a toutefois rappelé"),
], marks="nbsp")

news.add("female-speaker", (
    "Mme Odile Ferrandi, conservatrice du musée des Beaux-Arts de Bastia, a confirmé lundi le vol de deux "
    "dessins du XVIIIe siècle, constaté lors d'un inventaire. « Nous avons porté plainte dès que nous avons "
    "constaté leur disparition », a-t-elle précisé. Elle s'est dite « stupéfaite » que les cadres aient été "
    "remis en place, vides. « Celui qui a fait cela connaissait parfaitement les lieux », estime la "
    "conservatrice. L'enquête a été confiée à un office spécialisé de la police judiciaire."), [
    D("Nous avons porté plainte dès que nous avons constaté leur disparition", "Odile Ferrandi",
      "a-t-elle précisé"),
    P("stupéfaite", "Odile Ferrandi", "s'est dite"),
    D("Celui qui a fait cela connaissait parfaitement les lieux", "Odile Ferrandi", "estime"),
], marks="nbsp", apos="curly")

news.add("pronoun-inside-quote", (
    "Le conflit entre la maire d'Hennebont et son ancien premier adjoint a pris un tour personnel. Écarté "
    "de l'exécutif en septembre, Jean-Luc Tanguy réclame désormais la démission de Françoise Le Goff. « Elle "
    "a perdu sa majorité et elle le sait. Elle doit partir avant de paralyser toute la ville », a déclaré "
    "l'élu lundi soir. Mme Le Goff n'a pas souhaité réagir. L'entourage de la maire assure qu'elle ira "
    "« jusqu'au bout du mandat » et qu'elle présentera son budget en mars."), [
    D("Elle a perdu sa majorité et elle le sait. Elle doit partir avant de paralyser toute la ville",
      "Jean-Luc Tanguy", "a déclaré"),
    I("elle ira « jusqu'au bout du mandat » et qu'elle présentera son budget en mars", "l'entourage de la maire",
      "assure"),
    P("jusqu'au bout du mandat", "l'entourage de la maire", "assure"),
], marks="nbsp")

news.add("pronoun-inside-quote", (
    "Le sélectionneur de l'équipe de France espoirs, Didier Carrel, a justifié jeudi l'absence du milieu de "
    "terrain Noah Bertin dans sa liste. « Il sort d'une longue blessure et n'a joué que quarante minutes "
    "depuis janvier. Il doit retrouver du rythme en club avant de revenir », a expliqué Didier Carrel. Le "
    "joueur avait pourtant affirmé la semaine dernière se sentir « prêt à cent pour cent » pour le "
    "rassemblement de juin."), [
    D("Il sort d'une longue blessure et n'a joué que quarante minutes depuis janvier. Il doit retrouver du "
      "rythme en club avant de revenir", "Didier Carrel", "a expliqué"),
    I("se sentir « prêt à cent pour cent » pour le rassemblement de juin", "Noah Bertin",
      "avait pourtant affirmé"),
    P("prêt à cent pour cent", "Noah Bertin", "avait pourtant affirmé"),
], marks="tight")

news.add("organisation-speaker", (
    "Le ministère de l'Intérieur a indiqué mardi que 1 240 conducteurs avaient été interpellés lors des "
    "contrôles routiers menés le week-end dernier sur les grands axes des vacances. Parmi eux, 310 "
    "conduisaient sous l'emprise de stupéfiants, a précisé la place Beauvau dans un communiqué, en "
    "rappelant que la vitesse restait la première cause de mortalité sur les routes. La préfecture de "
    "police de Paris a annoncé de son côté que les contrôles seraient renforcés sur le boulevard "
    "périphérique jusqu'à la fin du mois d'août."), [
    I("1 240 conducteurs avaient été interpellés lors des contrôles routiers menés le week-end dernier sur "
      "les grands axes des vacances", "le ministère de l'Intérieur", "a indiqué"),
    I("Parmi eux, 310 conduisaient sous l'emprise de stupéfiants", "le ministère de l'Intérieur", "a précisé"),
    I("la vitesse restait la première cause de mortalité sur les routes", "le ministère de l'Intérieur",
      "en rappelant"),
    I("les contrôles seraient renforcés sur le boulevard périphérique jusqu'à la fin du mois d'août",
      "la préfecture de police de Paris", "a annoncé"),
], marks="nbsp")

news.add("organisation-speaker", (
    "L'Élysée a fait savoir mercredi que le chef de l'État se rendrait en Guadeloupe à la fin du mois, pour "
    "sa première visite aux Antilles depuis le début de son mandat. Le déplacement sera consacré à l'eau "
    "potable et aux sargasses, selon la présidence. Sur place, la préfecture de la Guadeloupe a annoncé "
    "avoir commandé quatre nouvelles barges de ramassage, qui seront livrées avant l'été. Le syndicat "
    "intercommunal de l'eau a, lui, indiqué qu'il présenterait son plan d'investissement au président."), [
    I("le chef de l'État se rendrait en Guadeloupe à la fin du mois, pour sa première visite aux Antilles "
      "depuis le début de son mandat", "l'Élysée", "a fait savoir"),
    I("Le déplacement sera consacré à l'eau potable et aux sargasses", "l'Élysée", "selon"),
    I("avoir commandé quatre nouvelles barges de ramassage, qui seront livrées avant l'été",
      "la préfecture de la Guadeloupe", "a annoncé"),
    I("il présenterait son plan d'investissement au président", "le syndicat intercommunal de l'eau",
      "a indiqué"),
], marks="space", apos="curly")

news.add("speaker-named-after", (
    "« On a manqué de lucidité dans les vingt derniers mètres, c'est tout », a lâché l'entraîneur après la "
    "défaite de Brennes à domicile contre Vallières (16-19). Arrivé sur le banc brennois en juin, "
    "Jean-Baptiste Esquerré sait que son équipe ne peut plus se permettre de faux pas : le maintien se "
    "jouera lors des trois derniers matchs. « Les garçons ont tout donné. Mais donner ne suffit pas, il "
    "faut marquer », a-t-il ajouté."), [
    D("On a manqué de lucidité dans les vingt derniers mètres, c'est tout", "Jean-Baptiste Esquerré",
      "a lâché"),
    D("Les garçons ont tout donné. Mais donner ne suffit pas, il faut marquer", "Jean-Baptiste Esquerré",
      "a-t-il ajouté"),
], marks="nbsp")

news.add("speaker-named-after", (
    "« Ce service ne fermera pas tant que je serai en poste. » C'est par ces mots que Nadia Belkacem, "
    "présidente du conseil de surveillance de l'hôpital de Montargis, s'est adressée mercredi aux habitants "
    "rassemblés devant les urgences. Depuis janvier, le service ferme la nuit deux jours par semaine faute "
    "de médecins. La présidente du conseil de surveillance a toutefois reconnu que le recrutement de trois "
    "urgentistes restait « très incertain » avant l'été."), [
    D("Ce service ne fermera pas tant que je serai en poste.", "Nadia Belkacem", "s'est adressée"),
    I("le recrutement de trois urgentistes restait « très incertain » avant l'été", "Nadia Belkacem",
      "a toutefois reconnu"),
    P("très incertain", "Nadia Belkacem", "a toutefois reconnu"),
], marks="nnbsp")

news.add("apposition-role-alias", (
    "Marie-Hélène Castaing, porte-parole du gouvernement, a rendu compte mercredi du Conseil des ministres, "
    "largement consacré au projet de loi sur le logement. « Nous voulons diviser par deux les délais "
    "d'obtention d'un permis de construire », a-t-elle déclaré. Le texte sera examiné au Sénat en juin. "
    "Interrogée sur les critiques des associations de locataires, la porte-parole du gouvernement a ajouté "
    "que l'encadrement des loyers serait « maintenu partout où il existe » et que les communes pourraient "
    "l'étendre. L'association Toit d'abord a jugé le projet « très insuffisant »."), [
    D("Nous voulons diviser par deux les délais d'obtention d'un permis de construire", "Marie-Hélène Castaing",
      "a-t-elle déclaré"),
    I("l'encadrement des loyers serait « maintenu partout où il existe » et que les communes pourraient "
      "l'étendre", "Marie-Hélène Castaing", "a ajouté"),
    P("maintenu partout où il existe", "Marie-Hélène Castaing", "a ajouté"),
    P("très insuffisant", "Toit d'abord", "a jugé"),
], marks="nbsp")

news.add("role-noun-alias", (
    "Le ministre des Affaires étrangères, Bertrand Aubry, a reçu jeudi à Paris son homologue tunisien, Sami "
    "Ben Ammar. « La France et la Tunisie partagent une même priorité : la stabilité en Méditerranée », a "
    "déclaré Bertrand Aubry à l'issue de l'entretien. Le chef de la diplomatie française a annoncé qu'un "
    "fonds commun de 40 millions d'euros serait consacré à la formation professionnelle. M. Ben Ammar a "
    "salué « un partenariat d'égal à égal ». « Nous attendons maintenant des actes sur la question des "
    "visas », a-t-il toutefois prévenu."), [
    D("La France et la Tunisie partagent une même priorité : la stabilité en Méditerranée", "Bertrand Aubry",
      "a déclaré"),
    I("un fonds commun de 40 millions d'euros serait consacré à la formation professionnelle", "Bertrand Aubry",
      "a annoncé"),
    P("un partenariat d'égal à égal", "Sami Ben Ammar", "a salué"),
    D("Nous attendons maintenant des actes sur la question des visas", "Sami Ben Ammar",
      "a-t-il toutefois prévenu"),
], marks="space")

news.add("demonym-alias", (
    "Le Danois Mads Kristensen a remporté dimanche le slalom géant de la Coupe d'Europe disputé à "
    "Méribel, devant deux Autrichiens. « Je n'avais pas gagné depuis deux ans, j'avais presque oublié ce "
    "que ça faisait », a déclaré le Danois dans l'aire d'arrivée. Kristensen, 29 ans, avait été victime "
    "d'une rupture des ligaments croisés en 2023. « Mon kiné mérite la moitié de ce trophée », a plaisanté "
    "le skieur de Copenhague, qui vise désormais une place en Coupe du monde."), [
    D("Je n'avais pas gagné depuis deux ans, j'avais presque oublié ce que ça faisait", "Mads Kristensen",
      "a déclaré"),
    D("Mon kiné mérite la moitié de ce trophée", "Mads Kristensen", "a plaisanté"),
], marks="tight")

news.add("demonym-surname-alias", (
    "Le Ghanéen Kwame Asante a été élu mardi à la présidence de l'Alliance internationale des producteurs "
    "de cacao, réunie à Abidjan. « Les planteurs doivent recevoir une part plus juste du prix payé par le "
    "consommateur », a affirmé le Ghanéen dans son discours d'investiture. M. Asante, ancien ministre de "
    "l'Agriculture de son pays, veut créer un prix plancher commun. Ce prix plancher serait, selon lui, "
    "« la seule protection durable contre la volatilité des marchés ». Les négociants européens ont "
    "accueilli l'annonce avec prudence."), [
    D("Les planteurs doivent recevoir une part plus juste du prix payé par le consommateur", "Kwame Asante",
      "a affirmé"),
    P("la seule protection durable contre la volatilité des marchés", "Kwame Asante", "selon"),
], marks="nbsp")

news.add("plural-speaker", (
    "Réunis lundi à Porto, le Premier ministre portugais, Duarte Meireles, et son homologue espagnol, Álvaro "
    "Sendra, ont signé un accord sur l'interconnexion de leurs réseaux électriques. Dans une déclaration "
    "commune, les deux dirigeants ont affirmé que la péninsule Ibérique devait cesser d'être « une île "
    "énergétique » au sein de l'Union européenne. Ils ont annoncé qu'une nouvelle ligne à haute tension "
    "serait mise en service d'ici à 2029. « Ce câble est aussi un message envoyé à Bruxelles », a souligné "
    "M. Sendra lors de la conférence de presse."), [
    I("la péninsule Ibérique devait cesser d'être « une île énergétique » au sein de l'Union européenne",
      "les deux dirigeants", "ont affirmé"),
    P("une île énergétique", "les deux dirigeants", "ont affirmé"),
    I("une nouvelle ligne à haute tension serait mise en service d'ici à 2029", "les deux dirigeants",
      "ont annoncé"),
    D("Ce câble est aussi un message envoyé à Bruxelles", "Álvaro Sendra", "a souligné"),
], marks="nbsp")

news.add("plural-speaker", (
    "Les syndicats de contrôleurs aériens ont maintenu jeudi leur préavis de grève pour le week-end de la "
    "Pentecôte. Dans un communiqué commun, les trois organisations ont estimé que le protocole proposé par "
    "la direction générale de l'Aviation civile était « une coquille vide » et ne répondait pas aux besoins "
    "d'effectifs. La DGAC a demandé aux compagnies de réduire de moitié leurs vols au départ de Marseille "
    "et de Nice. Les syndicats ont toutefois fait savoir qu'ils restaient « disponibles pour négocier » "
    "jusqu'à vendredi soir."), [
    I("le protocole proposé par la direction générale de l'Aviation civile était « une coquille vide » et ne "
      "répondait pas aux besoins d'effectifs", "les syndicats de contrôleurs aériens", "ont estimé"),
    P("une coquille vide", "les syndicats de contrôleurs aériens", "ont estimé"),
    I("aux compagnies de réduire de moitié leurs vols au départ de Marseille et de Nice",
      "la direction générale de l'Aviation civile", "a demandé"),
    I("ils restaient « disponibles pour négocier » jusqu'à vendredi soir", "les syndicats de contrôleurs aériens",
      "ont toutefois fait savoir"),
    P("disponibles pour négocier", "les syndicats de contrôleurs aériens", "ont toutefois fait savoir"),
], marks="space")

news.add("indirect-que-clause", (
    "L'Observatoire régional de l'emploi de Normandie a indiqué jeudi que le chômage avait légèrement "
    "reculé au troisième trimestre, à 6,9 % de la population active. Le président de la région, Arnaud "
    "Lefranc, a estimé que ces chiffres montraient « l'efficacité du plan de formation » lancé en 2023. Les "
    "économistes restent prudents. Mathilde Corre, économiste au cabinet Prisme Conseil, a rappelé que "
    "l'emploi intérimaire reculait depuis six mois. Elle a jugé qu'il était trop tôt pour parler "
    "d'inversion de tendance."), [
    I("le chômage avait légèrement reculé au troisième trimestre, à 6,9 % de la population active",
      "l'Observatoire régional de l'emploi de Normandie", "a indiqué"),
    I("ces chiffres montraient « l'efficacité du plan de formation » lancé en 2023", "Arnaud Lefranc",
      "a estimé"),
    P("l'efficacité du plan de formation", "Arnaud Lefranc", "a estimé"),
    I("l'emploi intérimaire reculait depuis six mois", "Mathilde Corre", "a rappelé"),
    I("il était trop tôt pour parler d'inversion de tendance", "Mathilde Corre", "a jugé"),
], marks="nbsp", apos="curly")

news.add("indirect-incise", (
    "La Route des cols pyrénéens passera bien par le col du Tourmalet en juillet malgré les travaux sur la "
    "route d'accès, a assuré mercredi le directeur de l'épreuve, Serge Lamothe. Les coureurs emprunteront "
    "une déviation sur les quatre premiers kilomètres, a-t-il précisé. Le maire de Barèges s'en est "
    "félicité. La course, qui fête sa vingtième édition, accueillera pour la première fois une épreuve "
    "féminine, a annoncé le directeur de l'épreuve, sans en dévoiler le parcours."), [
    I("La Route des cols pyrénéens passera bien par le col du Tourmalet en juillet malgré les travaux sur la "
      "route d'accès", "Serge Lamothe", "a assuré"),
    I("Les coureurs emprunteront une déviation sur les quatre premiers kilomètres", "Serge Lamothe",
      "a-t-il précisé"),
    I("La course, qui fête sa vingtième édition, accueillera pour la première fois une épreuve féminine",
      "Serge Lamothe", "a annoncé"),
], marks="space")

news.add("indirect-infinitive", (
    "Poursuivi pour escroquerie, un ancien agent immobilier de Tours a assuré mardi devant le tribunal "
    "n'avoir « jamais détourné un centime » des fonds de ses clients. Damien Rocher, 52 ans, est accusé "
    "d'avoir encaissé près de 300 000 euros de dépôts de garantie sans les reverser. Il a affirmé avoir été "
    "victime d'un logiciel de comptabilité défaillant. Les parties civiles ont dit ne pas croire à cette "
    "version. Le parquet a requis trois ans de prison, dont un ferme."), [
    I("n'avoir « jamais détourné un centime » des fonds de ses clients", "Damien Rocher", "a assuré"),
    P("jamais détourné un centime", "Damien Rocher", "a assuré"),
    I("avoir été victime d'un logiciel de comptabilité défaillant", "Damien Rocher", "a affirmé"),
    I("ne pas croire à cette version", "les parties civiles", "ont dit"),
], marks="nbsp")

news.add("indirect-selon", (
    "Le typhon Malou a fait au moins 23 morts dans le nord des Philippines, selon un bilan provisoire des "
    "autorités locales publié lundi. Selon la protection civile, plus de 40 000 personnes ont été évacuées "
    "dans la province de Cagayan. Les secours peinent à atteindre plusieurs villages de montagne, coupés "
    "par des glissements de terrain, a indiqué un porte-parole de la Croix-Rouge philippine. D'après les "
    "météorologues, la tempête devrait s'affaiblir en atteignant la mer de Chine méridionale."), [
    I("Le typhon Malou a fait au moins 23 morts dans le nord des Philippines", "les autorités locales", "selon"),
    I("plus de 40 000 personnes ont été évacuées dans la province de Cagayan", "la protection civile", "Selon"),
    I("Les secours peinent à atteindre plusieurs villages de montagne, coupés par des glissements de terrain",
      "un porte-parole de la Croix-Rouge philippine", "a indiqué"),
    I("la tempête devrait s'affaiblir en atteignant la mer de Chine méridionale", "les météorologues",
      "D'après"),
], marks="nbsp")

news.add("indirect-mixed-partial", (
    "Le président du groupe centriste au Sénat, Paul-Henri Delmas, a estimé dimanche que la hausse de la "
    "taxe sur les billets d'avion était « un impôt déguisé sur les classes moyennes » et qu'elle "
    "pénaliserait d'abord les territoires d'outre-mer. Il a annoncé que son groupe déposerait un amendement "
    "de suppression dès l'examen du budget. La ministre des Comptes publics, Sandrine Aubert, lui a opposé "
    "qu'il s'agissait d'une « mesure de justice » destinée à financer le rail, et a rappelé que les vols "
    "vers l'outre-mer bénéficiaient d'un taux réduit."), [
    I("la hausse de la taxe sur les billets d'avion était « un impôt déguisé sur les classes moyennes » et "
      "qu'elle pénaliserait d'abord les territoires d'outre-mer", "Paul-Henri Delmas", "a estimé"),
    P("un impôt déguisé sur les classes moyennes", "Paul-Henri Delmas", "a estimé"),
    I("son groupe déposerait un amendement de suppression dès l'examen du budget", "Paul-Henri Delmas",
      "a annoncé"),
    I("il s'agissait d'une « mesure de justice » destinée à financer le rail", "Sandrine Aubert",
      "lui a opposé"),
    P("mesure de justice", "Sandrine Aubert", "lui a opposé"),
    I("les vols vers l'outre-mer bénéficiaient d'un taux réduit", "Sandrine Aubert", "a rappelé"),
], marks="nbsp")

news.add("indirect-mixed-partial", (
    "L'agence régionale de santé de Bretagne a annoncé vendredi que la baignade restait interdite sur "
    "quatre plages des Côtes-d'Armor en raison d'une prolifération d'algues vertes. Le préfet, Alain "
    "Queffelec, a évoqué « une situation préoccupante mais maîtrisée » et assuré que des analyses seraient "
    "menées chaque jour jusqu'à la fin de l'été. Une association de protection de l'environnement, Eaux "
    "vives d'Armor, a jugé ces mesures « très tardives » : selon elle, les premiers échouages avaient été "
    "signalés dès le mois de mai."), [
    I("la baignade restait interdite sur quatre plages des Côtes-d'Armor en raison d'une prolifération "
      "d'algues vertes", "l'agence régionale de santé de Bretagne", "a annoncé"),
    P("une situation préoccupante mais maîtrisée", "Alain Queffelec", "a évoqué"),
    I("des analyses seraient menées chaque jour jusqu'à la fin de l'été", "Alain Queffelec", "assuré"),
    P("très tardives", "Eaux vives d'Armor", "a jugé"),
    I("les premiers échouages avaient été signalés dès le mois de mai", "Eaux vives d'Armor", "selon"),
], marks="nnbsp")

news.add("partial-quotes", (
    "Mis en examen pour favoritisme, l'ancien président de la communauté de communes du Val de Loue, Gilles "
    "Perrot, conteste toutes les accusations. Son avocat, Me Vincent Hamon, évoque « une erreur "
    "d'appréciation » de la chambre régionale des comptes et parle de « dossier vide ». Les faits reprochés "
    "sont qualifiés d'« extrêmement graves » par l'association Transparence citoyenne, à l'origine de la "
    "plainte, qui y voit « un système » plutôt qu'une dérive isolée. M. Perrot sera entendu à nouveau en juin."), [
    P("une erreur d'appréciation", "Vincent Hamon", "évoque"),
    P("dossier vide", "Vincent Hamon", "parle"),
    P("extrêmement graves", "Transparence citoyenne", "qualifiés"),
    P("un système", "Transparence citoyenne", "y voit"),
], marks="nbsp")

news.add("partial-quotes-straight", (
    "La décision de la Ligue de faire rejouer le match interrompu entre Vallières et Saint-Aubin a provoqué "
    "la colère des dirigeants vallièrois. Le président du club, Hervé Mallet, a dénoncé une sanction "
    "\"incompréhensible\" et un \"deux poids, deux mesures\" flagrant. Il a qualifié d'\"inacceptables\" les "
    "propos tenus par un membre de la commission de discipline. La Ligue, elle, parle d'une décision "
    "\"conforme au règlement\" et assure qu'aucun recours n'est possible."), [
    P("incompréhensible", "Hervé Mallet", "a dénoncé"),
    P("deux poids, deux mesures", "Hervé Mallet", "a dénoncé"),
    P("inacceptables", "Hervé Mallet", "a qualifié"),
    P("conforme au règlement", "la Ligue", "parle"),
    I("aucun recours n'est possible", "la Ligue", "assure"),
], marks="raw")

news.add("negative-titles-scare", (
    "Le film « Les Derniers Jours de l'été », tourné dans le Vercors, sortira en salles le 14 mai. Réalisé "
    "par Agnès Morel, il raconte la dernière saison d'un berger surnommé « le Taiseux » par les villageois. "
    "Le tournage a mobilisé une centaine de figurants de la région. Le long-métrage avait été présenté en "
    "avant-première au festival « Montagnes et cinéma » d'Annecy, où il a reçu le prix du public. La bande "
    "originale est signée par le groupe « Vent d'autan »."), [], marks="nbsp")

news.add("negative-scare-some-quotes", (
    "Les derniers marins engagés dans l'opération « Trident bleu » ont regagné Toulon samedi, après six ans "
    "de présence en mer Rouge pour sécuriser le trafic marchand. La « bulle de protection » mise en place "
    "autour des convois a été transmise à une force européenne. Le chef d'état-major de la Marine, l'amiral "
    "Luc Penven, a salué « un travail de fourmi, loin des caméras ». Surnommée « la Vigie » par les "
    "équipages, la frégate Cassiopée rentrera à son tour le 3 juin."), [
    P("un travail de fourmi, loin des caméras", "Luc Penven", "a salué"),
], marks="space")

news.add("negative-headline", para(
    "« Tout a été emporté » : nuit d'orage à Lodève",
    "Aujourd’hui, la plupart des routes départementales de l'Hérault ont rouvert après les orages de mardi "
    "soir. La préfecture de l'Hérault a indiqué que 37 communes avaient demandé la reconnaissance de l'état "
    "de catastrophe naturelle. À Lodève, le maire, Jacques Aldebert, a estimé les dégâts à « plusieurs "
    "millions d'euros » pour la seule voirie communale. « L'eau est montée d'un mètre en vingt minutes, on "
    "n'a rien pu sauver », raconte Josette Vidal, qui tient une mercerie sur la place du marché."), [
    I("37 communes avaient demandé la reconnaissance de l'état de catastrophe naturelle",
      "la préfecture de l'Hérault", "a indiqué"),
    P("plusieurs millions d'euros", "Jacques Aldebert", "a estimé"),
    D("L'eau est montée d'un mètre en vingt minutes, on n'a rien pu sauver", "Josette Vidal", "raconte"),
], marks="nbsp")

news.add("apostrophes-not-quotes", (
    "Le secrétaire général adjoint de l'Otan, l'Irlandais Kieran O'Brien, a visité aujourd’hui un centre "
    "d'entraînement de l’Alliance en Estonie. Les pays membres s’étaient mis d’accord en juin pour doubler "
    "les moyens consacrés à la cyberdéfense. « L'Alliance doit investir autant dans ses serveurs que dans ses "
    "chars », a déclaré l'Irlandais devant les stagiaires. M. O'Brien, ancien officier des transmissions, a "
    "assuré que les attaques informatiques contre les infrastructures des Alliés avaient triplé en deux ans."), [
    D("L'Alliance doit investir autant dans ses serveurs que dans ses chars", "Kieran O'Brien", "a déclaré"),
    I("les attaques informatiques contre les infrastructures des Alliés avaient triplé en deux ans",
      "Kieran O'Brien", "a assuré"),
], marks="space")

news.add("curly-quotes", (
    "Le constructeur de bateaux de plaisance Nautilia a publié mardi un chiffre d'affaires record pour le "
    "premier semestre, en hausse de 22 %. “Nous avons vendu plus de catamarans en six mois que pendant toute "
    "l'année 2019”, a indiqué sa présidente, Claire Daniélou. “La clientèle américaine représente désormais "
    "40 % de nos commandes.” Le groupe va embaucher 150 personnes à La Rochelle d'ici à la fin de l'année, "
    "a-t-elle annoncé."), [
    D("Nous avons vendu plus de catamarans en six mois que pendant toute l'année 2019", "Claire Daniélou",
      "a indiqué"),
    D("La clientèle américaine représente désormais 40 % de nos commandes.", "Claire Daniélou", None),
    I("Le groupe va embaucher 150 personnes à La Rochelle d'ici à la fin de l'année", "Claire Daniélou",
      "a-t-elle annoncé"),
], marks="raw", apos="curly")

news.add("curly-quotes", (
    "Le skipper Yannick Le Floch a franchi dimanche en vainqueur la ligne d'arrivée de la Transat des "
    "Alizés, après dix-neuf jours de course. “J'ai cassé mon pilote automatique au milieu de l'Atlantique, "
    "j'ai barré à la main pendant quatre nuits”, a-t-il raconté sur le ponton de Pointe-à-Pitre. “Je crois "
    "que je n'ai jamais été aussi fatigué de ma vie.” Son équipe technique avait envisagé un abandon, a "
    "confié son directeur de projet, Gwendal Corre."), [
    D("J'ai cassé mon pilote automatique au milieu de l'Atlantique, j'ai barré à la main pendant quatre nuits",
      "Yannick Le Floch", "a-t-il raconté"),
    D("Je crois que je n'ai jamais été aussi fatigué de ma vie.", "Yannick Le Floch", None),
    I("Son équipe technique avait envisagé un abandon", "Gwendal Corre", "a confié"),
], marks="raw")

news.add("straight-quotes-elision", (
    "Le maire de Villefranche-de-Lonchat, Sébastien Carles, a retiré mardi l'arrêté interdisant la mendicité "
    "dans le centre-ville, pris dix jours plus tôt. \"C'était une erreur, je l'assume. On ne règle pas la "
    "misère par arrêté\", a-t-il déclaré en ouverture du conseil municipal. Une association d'aide aux "
    "sans-abri, Le Relais du Périgord, avait dénoncé un texte d'\"une grande brutalité\" et saisi le tribunal "
    "administratif. \"Nous restons vigilants\", a prévenu sa présidente, Josiane Cabrol."), [
    D("C'était une erreur, je l'assume. On ne règle pas la misère par arrêté", "Sébastien Carles",
      "a-t-il déclaré"),
    P("une grande brutalité", "Le Relais du Périgord", "avait dénoncé"),
    D("Nous restons vigilants", "Josiane Cabrol", "a prévenu"),
], marks="raw")

news.add("straight-quotes-elision", (
    "La fermeture du bureau de poste de Saint-Julien-de-Crempse a été confirmée pour le 1er octobre. Le "
    "maire, Michel Lapeyre, dénonce l'\"abandon\" des zones rurales et l'\"indifférence\" de la direction "
    "régionale. \"On nous propose un relais chez l'épicier, ouvert trois matinées par semaine. Ce n'est pas "
    "un service public\", a-t-il lancé lundi. La direction régionale de La Poste a assuré que les horaires du "
    "relais seraient \"adaptés aux besoins des habitants\" dès la rentrée."), [
    P("abandon", "Michel Lapeyre", "dénonce"),
    P("indifférence", "Michel Lapeyre", "dénonce"),
    D("On nous propose un relais chez l'épicier, ouvert trois matinées par semaine. Ce n'est pas un service "
      "public", "Michel Lapeyre", "a-t-il lancé"),
    I("les horaires du relais seraient \"adaptés aux besoins des habitants\" dès la rentrée",
      "la direction régionale de La Poste", "a assuré"),
    P("adaptés aux besoins des habitants", "la direction régionale de La Poste", "a assuré"),
], marks="raw")

news.add("nested-quotes", (
    "Le théâtre municipal de Morlaix rouvre samedi après deux ans de travaux. « Nous avons appelé la nouvelle "
    "salle “la Fabrique” parce que c'est d'abord un lieu où l'on crée, avant d'être un lieu où l'on "
    "regarde », a expliqué la directrice, Anne Kerhervé. La saison s'ouvrira avec une création de la "
    "compagnie « Les Passeurs de brume », en résidence depuis septembre. « Le public retrouvera les fauteuils "
    "rouges, on n'a pas osé y toucher », a-t-elle ajouté en souriant."), [
    D("Nous avons appelé la nouvelle salle “la Fabrique” parce que c'est d'abord un lieu où l'on crée, avant "
      "d'être un lieu où l'on regarde", "Anne Kerhervé", "a expliqué"),
    D("Le public retrouvera les fauteuils rouges, on n'a pas osé y toucher", "Anne Kerhervé",
      "a-t-elle ajouté"),
], marks="nbsp")

news.add("nested-quotes-attributed", (
    "La commune de Felletin est privée d'eau potable depuis six jours après la pollution d'un captage. La "
    "maire, Sylvie Tardieu, dit avoir alerté la préfecture dès le premier jour. « Le préfet m'a répondu : "
    "“Ce n'est pas de mon ressort, voyez avec l'agence de l'eau”, et il a raccroché », a-t-elle raconté "
    "jeudi. La préfecture de la Creuse conteste cette version et assure que des bouteilles ont été livrées "
    "dès le deuxième jour."), [
    I("avoir alerté la préfecture dès le premier jour", "Sylvie Tardieu", "dit"),
    D("Le préfet m'a répondu : “Ce n'est pas de mon ressort, voyez avec l'agence de l'eau”, et il a "
      "raccroché", "Sylvie Tardieu", "a-t-elle raconté"),
    D("Ce n'est pas de mon ressort, voyez avec l'agence de l'eau", "le préfet", "m'a répondu"),
    I("des bouteilles ont été livrées dès le deuxième jour", "la préfecture de la Creuse", "assure"),
], marks="space", apos="curly")

news.add("interview-dash", para(
    "Nommé en septembre à la tête de l'Orchestre symphonique de Vannes, le chef suisse Matthias Keller, "
    "38 ans, veut ouvrir la musique classique à de nouveaux publics. Entretien.",
    lines(
        "— Qu'est-ce qui va changer dès cette saison ?",
        "— Nous allons jouer dans les lycées, les hôpitaux, les halles du marché. Un orchestre qui ne sort "
        "jamais de sa salle finit par ne parler qu'à lui-même.",
        "— Le public habituel ne risque-t-il pas de se sentir délaissé ?",
        "— Non. Les concerts du vendredi restent, avec le même niveau d'exigence."),
    "Propos recueillis par Julie Carré"), [
    D("Qu'est-ce qui va changer dès cette saison ?", "Julie Carré", None),
    D("Nous allons jouer dans les lycées, les hôpitaux, les halles du marché. Un orchestre qui ne sort "
      "jamais de sa salle finit par ne parler qu'à lui-même.", "Matthias Keller", None),
    D("Le public habituel ne risque-t-il pas de se sentir délaissé ?", "Julie Carré", None),
    D("Non. Les concerts du vendredi restent, avec le même niveau d'exigence.", "Matthias Keller", None),
], marks="nbsp", apos="curly")

news.add("interview-qr", para(
    "Chaque semaine, un élu répond aux questions des lecteurs. Cette semaine, Corinne Vidal, adjointe aux "
    "mobilités de la ville de Grenoble.",
    lines(
        "Q : Pourquoi supprimer des places de stationnement avenue Jean-Jaurès ?",
        "R : Pour créer une piste cyclable continue entre la gare et le campus. Aujourd'hui, les cyclistes "
        "doivent rouler au milieu des bus.",
        "Q : Les commerçants craignent de perdre des clients.",
        "R : Je les comprends. Nous allons créer une zone de livraison et cinquante places dans un parking "
        "souterrain, à deux cents mètres.")), [
    D("Pourquoi supprimer des places de stationnement avenue Jean-Jaurès ?", "les lecteurs", None),
    D("Pour créer une piste cyclable continue entre la gare et le campus. Aujourd'hui, les cyclistes doivent "
      "rouler au milieu des bus.", "Corinne Vidal", None),
    D("Les commerçants craignent de perdre des clients.", "les lecteurs", None),
    D("Je les comprends. Nous allons créer une zone de livraison et cinquante places dans un parking "
      "souterrain, à deux cents mètres.", "Corinne Vidal", None),
], marks="space")

news.add("guillemets-nnbsp", (
    "Le prix du litre de gazole a dépassé samedi les deux euros dans plusieurs stations de la Manche. "
    "« C'est intenable ! Je fais quatre-vingts kilomètres par jour pour aller travailler », s'indigne "
    "Laëtitia Hébert, aide-soignante à Saint-Lô. À Coutances, le gérant d'une station, Didier Lemonnier, "
    "constate une baisse de fréquentation : « Les clients ne font plus le plein ; ils mettent vingt euros, "
    "pas plus. » Faut-il s'attendre à une nouvelle hausse ? « Tout dépendra du baril dans les prochaines "
    "semaines », estime-t-il."), [
    D("C'est intenable ! Je fais quatre-vingts kilomètres par jour pour aller travailler", "Laëtitia Hébert",
      "s'indigne"),
    D("Les clients ne font plus le plein ; ils mettent vingt euros, pas plus.", "Didier Lemonnier", "constate"),
    D("Tout dépendra du baril dans les prochaines semaines", "Didier Lemonnier", "estime-t-il"),
], marks="nnbsp", apos="curly")

news.add("guillemets-tight", (
    "Le XV de Brennes s'est qualifié pour les demi-finales de Nationale en dominant Vallières (31-12) "
    "samedi. « On a enfin joué comme on s'entraîne », s'est réjoui le capitaine, Théo Lacombe, auteur de "
    "deux essais. L'ouvreur Enzo Marty a salué « une défense héroïque » en première période. « La "
    "demi-finale, c'est un autre match. Il faudra tout recommencer à zéro », a prévenu l'entraîneur, "
    "Jean-Marc Pujol, qui se méfie de l'euphorie."), [
    D("On a enfin joué comme on s'entraîne", "Théo Lacombe", "s'est réjoui"),
    P("une défense héroïque", "Enzo Marty", "a salué"),
    D("La demi-finale, c'est un autre match. Il faudra tout recommencer à zéro", "Jean-Marc Pujol",
      "a prévenu"),
], marks="tight")

news.add("guillemets-mixed-spacing", (
    "Le conseil départemental du Gers a voté jeudi la gratuité des transports scolaires. «\u00a0C'est une "
    "mesure de pouvoir d'achat pour 9\u00a0000 familles\u00a0», a souligné son président, Francis Daguzan. "
    "L'opposition a voté pour. « Nous l'avions proposée il y a trois ans », a rappelé la conseillère Martine "
    "Sabathé. «\u202fMieux vaut tard que jamais\u202f», a-t-elle ironisé. «La mesure coûtera 4,2 millions "
    "d'euros par an», a précisé le vice-président chargé des finances, Pierre Abadie."), [
    D("C'est une mesure de pouvoir d'achat pour 9\u00a0000 familles", "Francis Daguzan", "a souligné"),
    D("Nous l'avions proposée il y a trois ans", "Martine Sabathé", "a rappelé"),
    D("Mieux vaut tard que jamais", "Martine Sabathé", "a-t-elle ironisé"),
    D("La mesure coûtera 4,2 millions d'euros par an", "Pierre Abadie", "a précisé"),
], marks="raw")

news.add("unnamed-speaker", (
    "À Saint-Cirgues, la fermeture du dernier café du bourg a été vécue comme un deuil. « Ici, tout le "
    "monde se connaissait, c'était notre mairie bis », glisse-t-on au comptoir, le dernier soir. Le "
    "propriétaire, Lucien Fabre, 71 ans, n'a pas trouvé de repreneur. « J'ai mis l'affaire en vente il y a "
    "trois ans, personne ne s'est présenté », a-t-il expliqué. La commune envisage de racheter les murs, "
    "selon une source proche du conseil municipal, qui évoque « un projet de café associatif » pour le "
    "printemps."), [
    # "on" is indefinite: the text does not say who said it
    D("Ici, tout le monde se connaissait, c'était notre mairie bis", None, "glisse-t-on"),
    D("J'ai mis l'affaire en vente il y a trois ans, personne ne s'est présenté", "Lucien Fabre",
      "a-t-il expliqué"),
    I("La commune envisage de racheter les murs", "une source proche du conseil municipal", "selon"),
    P("un projet de café associatif", "une source proche du conseil municipal", "évoque"),
], marks="nbsp", apos="curly")

news.add("negative-no-speech", (
    "Les travaux de la déviation de Saint-Affrique ont commencé lundi, avec six mois de retard sur le "
    "calendrier initial. Surnommée « le Serpent » par les chauffeurs routiers, la route actuelle traverse le "
    "centre-ville sur trois kilomètres et voit passer 4 000 poids lourds par jour. Le chantier, d'un coût de "
    "48 millions d'euros, doit s'achever à l'automne 2027. Aujourd’hui, la circulation est alternée sur la "
    "portion nord, entre l'ancienne gare et la zone d'activités."), [], marks="nbsp")

# ---------------------------------------------------------------------------------------------
# fixtures/conventions.gold.jsonl: one segmentation convention per document
# ---------------------------------------------------------------------------------------------
conv = Collection("conv-", 60, None)

conv.add("guillemets-space", (
    "« Le pont de la Barre restera fermé jusqu'à lundi », a annoncé vendredi le maire de Saint-Hilaire, "
    "Pierre Lagarde. Les travaux de consolidation ont pris du retard à cause des crues."), [
    D("Le pont de la Barre restera fermé jusqu'à lundi", "Pierre Lagarde", "a annoncé"),
], marks="space")

conv.add("guillemets-nbsp", (
    "La directrice de l'école, Agnès Morin, a prévenu les parents : « La cantine ne rouvrira qu'après les "
    "vacances. » Un service de paniers-repas est organisé d'ici là."), [
    D("La cantine ne rouvrira qu'après les vacances.", "Agnès Morin", "a prévenu"),
], marks="nbsp")

conv.add("guillemets-nnbsp", (
    "« Faut-il vraiment fermer la piscine en plein été ? » s'est interrogé le conseiller municipal Yves "
    "Berthelot, mardi soir. « Nous avons d'autres solutions ; elles n'ont jamais été étudiées. »"), [
    D("Faut-il vraiment fermer la piscine en plein été ?", "Yves Berthelot", "s'est interrogé"),
    D("Nous avons d'autres solutions ; elles n'ont jamais été étudiées.", "Yves Berthelot", None),
], marks="nnbsp")

conv.add("guillemets-no-space", (
    "«Nous n'avons reçu aucune mise en demeure», a assuré le gérant du camping, Loïc Pennec. Il s'est dit "
    "«serein» avant l'audience."), [
    D("Nous n'avons reçu aucune mise en demeure", "Loïc Pennec", "a assuré"),
    P("serein", "Loïc Pennec", "s'est dit"),
], marks="raw")

conv.add("curly-double-fr", (
    "“Les prix de l'énergie baissent enfin, mais nos marges restent trop faibles”, a résumé la boulangère "
    "Sandrine Lebas, installée à Dieppe depuis vingt ans."), [
    D("Les prix de l'énergie baissent enfin, mais nos marges restent trop faibles", "Sandrine Lebas", "a résumé"),
], marks="raw", apos="curly")

conv.add("nested-depth2-curly-inner", (
    "« J'ai relu “Le Rouge et le Noir” cet été et j'y ai trouvé tout ce qu'il faut savoir sur l'ambition », "
    "a confié le romancier Paul Azéma lors de la remise du prix."), [
    D("J'ai relu “Le Rouge et le Noir” cet été et j'y ai trouvé tout ce qu'il faut savoir sur l'ambition",
      "Paul Azéma", "a confié"),
], marks="nbsp")

conv.add("nested-depth2-chevrons-inner", (
    "« Nous avons baptisé ce programme ‹ Cap Avenir › pour montrer qu'il s'adresse d'abord aux jeunes », a "
    "précisé la rectrice, Claire Jaouen."), [
    D("Nous avons baptisé ce programme ‹ Cap Avenir › pour montrer qu'il s'adresse d'abord aux jeunes",
      "Claire Jaouen", "a précisé"),
], marks="space")

conv.add("nested-depth2-single-curly-inner", (
    "« On m'a proposé de rejoindre l'équipe ‘Renaissance’, mais j'ai préféré rester à l'atelier », a "
    "expliqué l'ouvrier Michel Dantec, aujourd'hui retraité."), [
    D("On m'a proposé de rejoindre l'équipe ‘Renaissance’, mais j'ai préféré rester à l'atelier",
      "Michel Dantec", "a expliqué"),
], marks="nbsp", apos="curly")

conv.add("straight-double", (
    "Le président du club, Jean Ribeiro, a déclaré : \"Nous jouerons la saison prochaine au stade "
    "municipal.\" Puis : \"Les travaux du nouveau stade ne seront pas finis à temps.\""), [
    D("Nous jouerons la saison prochaine au stade municipal.", "Jean Ribeiro", "a déclaré"),
    D("Les travaux du nouveau stade ne seront pas finis à temps.", "Jean Ribeiro", None),
], marks="raw")

conv.add("straight-elision-d", (
    "Les accusations ont été qualifiées d'\"absurdes\" par l'avocat du maire, Me Olivier Taillandier, qui "
    "parle d'\"une manœuvre politique\" à trois mois des élections."), [
    P("absurdes", "Olivier Taillandier", "qualifiées"),
    P("une manœuvre politique", "Olivier Taillandier", "parle"),
], marks="raw")

conv.add("straight-elision-l", (
    "Le président du syndicat des buralistes, Alain Vermeil, dénonce l'\"acharnement\" de l'administration "
    "et l'\"hypocrisie\" d'un État qui vit des taxes sur le tabac."), [
    P("acharnement", "Alain Vermeil", "dénonce"),
    P("hypocrisie", "Alain Vermeil", "dénonce"),
], marks="raw")

conv.add("straight-pairing-inferred", (
    "\"C'est la dernière saison de l'usine\", a soupiré Gérard Hamel, délégué syndical. \"L'avenir du site "
    "n'est pas tranché\", lui a répondu le directeur, Frank Olivier. \"On verra bien en janvier.\""), [
    D("C'est la dernière saison de l'usine", "Gérard Hamel", "a soupiré"),
    D("L'avenir du site n'est pas tranché", "Frank Olivier", "lui a répondu"),
    D("On verra bien en janvier.", "Frank Olivier", None),
], marks="raw")

conv.add("german-low-high", (
    "„Wir werden das Werk in Eisenach nicht schließen“, sagte Betriebsratschef Thomas Weber am Montag. "
    "„Darauf gebe ich mein Wort.“"), [
    D("Wir werden das Werk in Eisenach nicht schließen", "Thomas Weber", "sagte"),
    D("Darauf gebe ich mein Wort.", "Thomas Weber", None),
], lang="de", marks="raw")

conv.add("german-guillemets-reversed", (
    "»Die Lage am Fluss ist ernst, aber unter Kontrolle«, sagte Bürgermeisterin Anja Krüger. Der Pegel "
    "soll bis Mittwoch sinken."), [
    D("Die Lage am Fluss ist ernst, aber unter Kontrolle", "Anja Krüger", "sagte"),
], lang="de", marks="raw")

conv.add("german-nested-single", (
    "„Wir haben das Projekt ‚Neue Mitte‘ genannt, weil hier endlich wieder Leben entstehen soll“, erklärte "
    "Stadtplanerin Jana Vogt bei der Vorstellung."), [
    D("Wir haben das Projekt ‚Neue Mitte‘ genannt, weil hier endlich wieder Leben entstehen soll", "Jana Vogt",
      "erklärte"),
], lang="de", marks="raw")

conv.add("german-split-incise", (
    "„Das ist“, sagte Verkehrsminister Klaus Berger, „keine Entscheidung gegen das Auto.“ Die Maut soll "
    "2027 kommen."), [
    D("Das ist", "Klaus Berger", "sagte"),
    D("keine Entscheidung gegen das Auto.", "Klaus Berger", "sagte"),
], lang="de", marks="raw")

conv.add("english-nested-single", (
    "“We called it ‘the long winter’ because nobody could leave the island for three months,” said Martha "
    "Quinn, who ran the ferry company at the time."), [
    D("We called it ‘the long winter’ because nobody could leave the island for three months", "Martha Quinn",
      "said"),
], lang="en", marks="raw")

conv.add("english-split-incise", (
    "“I know the figures,” the health minister, Helen Park, said on Tuesday, “but the hospital will stay "
    "open.”"), [
    D("I know the figures", "Helen Park", "said"),
    D("but the hospital will stay open.", "Helen Park", "said"),
], lang="en", marks="raw")

conv.add("english-multi-paragraph", para(
    "The head teacher, David Marsh, read a statement to parents on Monday:",
    "“We have decided to close the school on Friday afternoons until the roof is repaired. The safety of "
    "the children comes first.",
    "“The work should be finished before Easter.”"), [
    D("We have decided to close the school on Friday afternoons until the roof is repaired. The safety of "
      "the children comes first.", "David Marsh", "read a statement"),
    D("The work should be finished before Easter.", "David Marsh", "read a statement"),
], lang="en", marks="raw")

conv.add("english-straight-double", (
    "\"It's the best harvest we've had since 2015,\" said farmer Ruth Adams. She added that prices were "
    "still too low."), [
    D("It's the best harvest we've had since 2015", "Ruth Adams", "said"),
    I("prices were still too low", "Ruth Adams", "added"),
], lang="en", marks="raw")

conv.add("english-single-quotes-apostrophes", (
    "‘We’re not done yet,’ said Kate O’Neill after her team’s late equaliser. ‘The lads’ effort was "
    "unbelievable.’"), [
    D("We’re not done yet", "Kate O’Neill", "said"),
    D("The lads’ effort was unbelievable.", "Kate O’Neill", None),
], lang="en", marks="raw")

conv.add("apostrophes-not-quotes-en", (
    "Sean O'Brien's band played rock 'n' roll covers from the '60s and the '90s at the county fair, and the "
    "crowd didn't want them to stop. The fair's organisers haven't announced next year's line-up."), [],
    lang="en", marks="raw")

conv.add("apostrophes-not-quotes-fr", (
    "Aujourd’hui, les ministres de la Défense de l'Otan se sont mis d’accord sur un calendrier d'exercices "
    "communs. Les années '80 et la guerre froide semblent loin, mais l’Alliance n'a jamais autant investi "
    "dans l'entraînement de ses troupes."), [], marks="raw")

conv.add("spanish-guillemets", (
    "«No vamos a cerrar la planta de Vigo», afirmó la consejera de Industria, Lucía Márquez, tras reunirse "
    "con el comité de empresa. «Hay compradores interesados.»"), [
    D("No vamos a cerrar la planta de Vigo", "Lucía Márquez", "afirmó"),
    D("Hay compradores interesados.", "Lucía Márquez", None),
], lang="es", marks="raw")

conv.add("spanish-curly", (
    "“La temporada turística ha sido la mejor de la década”, aseguró el presidente de la asociación "
    "hotelera, Tomás Ibarra, en Palma."), [
    D("La temporada turística ha sido la mejor de la década", "Tomás Ibarra", "aseguró"),
], lang="es", marks="raw")

conv.add("spanish-raya-dialogue", lines(
    "El viejo pescador miró el cielo antes de contestar.",
    "—No lo sé —respondió Julián Peña—. Quizá mañana salgamos al mar.",
    "—¿Y si no mejora? —preguntó su nieta Carmen.",
    "—Entonces esperaremos."), [
    D("No lo sé", "Julián Peña", "respondió"),
    D("Quizá mañana salgamos al mar.", "Julián Peña", "respondió"),
    D("¿Y si no mejora?", "Carmen", "preguntó"),
    D("Entonces esperaremos.", "Julián Peña", None),
], lang="es", marks="raw")

conv.add("italian-guillemets", (
    "«Non ci fermeremo finché il ponte non sarà ricostruito», ha detto il sindaco Marco Ferri durante il "
    "consiglio comunale. Secondo l'assessore ai lavori pubblici, Giulia Rinaldi, i lavori potrebbero "
    "iniziare in primavera."), [
    D("Non ci fermeremo finché il ponte non sarà ricostruito", "Marco Ferri", "ha detto"),
    I("i lavori potrebbero iniziare in primavera", "Giulia Rinaldi", "Secondo"),
], lang="it", marks="raw")

conv.add("italian-nested", (
    "«Abbiamo chiamato la cantina “Terra Nuda” per rispetto del suolo», ha spiegato la viticoltrice Anna "
    "Bellucci."), [
    D("Abbiamo chiamato la cantina “Terra Nuda” per rispetto del suolo", "Anna Bellucci", "ha spiegato"),
], lang="it", marks="raw")

conv.add("portuguese-curly", (
    "“Vamos recorrer da decisão até à última instância”, afirmou o advogado João Prates à saída do tribunal "
    "de Braga. O seu cliente foi condenado a quatro anos de prisão."), [
    D("Vamos recorrer da decisão até à última instância", "João Prates", "afirmou"),
], lang="pt", marks="raw")

conv.add("japanese-kagi", (
    "北海道の小さな町で開かれた雪像コンテストには、今年も多くの観光客が訪れた。「来年も必ず大会を続けたい」と"
    "実行委員長の田中美咲さんは話した。田中さんは「寒い中、手伝ってくれたボランティアの皆さんに心から感謝して"
    "います」とも述べた。"), [
    D("来年も必ず大会を続けたい", "田中美咲", "話した"),
    D("寒い中、手伝ってくれたボランティアの皆さんに心から感謝しています", "田中美咲", "述べた"),
], lang="ja", marks="raw")

conv.add("nested-depth3", (
    "« Lors de la dernière réunion, Paul Girard a lancé : “Personne ne lira le rapport ‹ Horizon 2030 › "
    "jusqu'au bout.” Il avait raison », a raconté l'ancienne adjointe Martine Royer."), [
    D("Lors de la dernière réunion, Paul Girard a lancé : “Personne ne lira le rapport ‹ Horizon 2030 › "
      "jusqu'au bout.” Il avait raison", "Martine Royer", "a raconté"),
    D("Personne ne lira le rapport ‹ Horizon 2030 › jusqu'au bout.", "Paul Girard", "a lancé"),
], marks="nbsp", apos="curly")

conv.add("nested-depth2-attributed", (
    "« Le préfet m'a répondu : “Ce n'est pas de mon ressort”, puis il a raccroché », a raconté la maire de "
    "Felletin, Sylvie Tardieu."), [
    D("Le préfet m'a répondu : “Ce n'est pas de mon ressort”, puis il a raccroché", "Sylvie Tardieu",
      "a raconté"),
    D("Ce n'est pas de mon ressort", "le préfet", "m'a répondu"),
], marks="space")

conv.add("multi-paragraph-guillemets", para(
    "Dans sa lettre aux habitants, le maire, Bernard Quillet, annonce son départ :",
    "« J'ai servi notre commune pendant vingt-quatre ans. Il est temps de passer la main.",
    "« Je remercie chacune et chacun d'entre vous pour sa confiance. »"), [
    D("J'ai servi notre commune pendant vingt-quatre ans. Il est temps de passer la main.", "Bernard Quillet",
      "annonce"),
    D("Je remercie chacune et chacun d'entre vous pour sa confiance.", "Bernard Quillet", "annonce"),
], marks="nbsp")

conv.add("multi-paragraph-three-cue-at-end", para(
    "« Le chantier a pris dix-huit mois de retard à cause de la découverte de vestiges gallo-romains.",
    "« Les fouilles sont terminées depuis mars.",
    "« La médiathèque ouvrira donc en septembre », a détaillé l'adjoint à la culture, François Meunier."), [
    D("Le chantier a pris dix-huit mois de retard à cause de la découverte de vestiges gallo-romains.",
      "François Meunier", "a détaillé"),
    D("Les fouilles sont terminées depuis mars.", "François Meunier", "a détaillé"),
    D("La médiathèque ouvrira donc en septembre", "François Meunier", "a détaillé"),
], marks="space", apos="curly")

conv.add("dialogue-emdash-incise", lines(
    "Marthe Giraud ouvrit la porte au facteur.",
    "— Bonjour, dit-elle, entrez donc, il pleut à verse.",
    "— Merci, madame Giraud. J'ai un recommandé pour vous.",
    "— Encore les impôts ?"), [
    D("Bonjour", "Marthe Giraud", "dit-elle"),
    D("entrez donc, il pleut à verse.", "Marthe Giraud", "dit-elle"),
    D("Merci, madame Giraud. J'ai un recommandé pour vous.", "le facteur", None),
    D("Encore les impôts ?", "Marthe Giraud", None),
], marks="nbsp")

conv.add("dialogue-endash", lines(
    "Au guichet de la gare, la discussion s'éternise.",
    "– Le train de 18 h 12 est supprimé, annonce l'agente.",
    "– Et le suivant ? demande Hugo Lemaire.",
    "– Il partira avec quarante minutes de retard."), [
    D("Le train de 18 h 12 est supprimé", "l'agente", "annonce"),
    D("Et le suivant ?", "Hugo Lemaire", "demande"),
    D("Il partira avec quarante minutes de retard.", "l'agente", None),
], marks="space")

conv.add("stray-guillemet-unbalanced", para(
    "Le festival « Les Nuits d'été, rebaptisé cette année, revient à Cahors du 4 au 9 juillet avec une "
    "programmation resserrée.",
    "Le directeur, Mathieu Couderc, a expliqué : « Nous avons réduit le nombre de concerts pour baisser le "
    "prix des billets. » La billetterie ouvre lundi."), [
    D("Nous avons réduit le nombre de concerts pour baisser le prix des billets.", "Mathieu Couderc",
      "a expliqué"),
], marks="nbsp")

conv.add("stray-straight-inch-mark", (
    "Le magasin de Brive propose un téléviseur 55\" à 399 euros pendant les soldes. \"Nous avons reçu deux "
    "cents appareils et il en reste une trentaine\", a indiqué le gérant, Thierry Faure."), [
    D("Nous avons reçu deux cents appareils et il en reste une trentaine", "Thierry Faure", "a indiqué"),
], marks="raw")

conv.add("scare-quotes-only", (
    "Le plan « zéro artificialisation nette » entre en vigueur lundi. Dans les petites communes, ce « ZAN » "
    "est devenu un sujet de conversation au même titre que la météo, et les « dents creuses » des bourgs "
    "attirent soudain les promoteurs."), [], marks="nbsp")

conv.add("question-exclamation-no-comma", (
    "« Qui va payer la facture ? » a lancé une habitante lors de la réunion publique. « Certainement pas les "
    "contribuables ! » lui a répondu le maire, Alain Boyer."), [
    D("Qui va payer la facture ?", "une habitante", "a lancé"),
    D("Certainement pas les contribuables !", "Alain Boyer", "lui a répondu"),
], marks="nbsp")

conv.add("incise-guillemets", (
    "« Ce n'est pas une sanction, affirme le directeur académique, Hervé Lucas, c'est une mesure de "
    "protection. » L'enseignant a été suspendu à titre conservatoire."), [
    D("Ce n'est pas une sanction", "Hervé Lucas", "affirme"),
    D("c'est une mesure de protection.", "Hervé Lucas", "affirme"),
], marks="tight")

conv.add("period-outside-quote", (
    "Le ministre a simplement répondu : « Nous verrons ». L'entourage du ministre évoque « une réflexion en "
    "cours »."), [
    D("Nous verrons", "le ministre", "a simplement répondu"),
    P("une réflexion en cours", "l'entourage du ministre", "évoque"),
], marks="nbsp")


def main() -> int:
    OUT.mkdir(exist_ok=True)
    news.write(OUT / "fr_news.gold.jsonl")
    conv.write(OUT / "conventions.gold.jsonl")
    for name, c in (("fr_news", news), ("conventions", conv)):
        nq = sum(len(d["quotes"]) for d in c.docs)
        print(f"{name}: {len(c.docs)} docs, {nq} quotes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
