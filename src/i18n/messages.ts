/**
 * The few sentences the engine writes itself (everything legal is in rules/): notes, the routes
 * still open to trigger jurisdiction, questions for facts no rule reads directly, labels.
 */
import type { Lang } from "./format";

export interface Messages {
  referenceAsOf: (asOf: string) => string;
  hypothetical: string;
  caveat: (state: string, text: string) => string;
  /** Where not triggered, what each route would take (by TriggerRoute.route). */
  openRoutes: Record<"state-referral" | "security-council" | "proprio-motu", string>;
  requestedNotAuthorized: (requested: string) => string;
  refused: (date: string) => string;
  whereQuestion: string;
  whoQuestion: string;
  nationalityQuestion: (perpetrator: string) => string;
  whatHappenedQuestion: string;
  neededForJurisdiction: (incident: string) => string;
  neededForAct: (provision: string, act: string, incident: string) => string;
  neededForTrigger: string;
  neededForIncidentTrigger: (incident: string) => string;
  neededForDeferral: string;
  theStatesConcerned: string;
  noRulesForAct: string;
  perpetratorLabel: (id: string) => string;
  outsideScope: (ids: string[]) => string;
  withoutSteps: (steps: string[]) => string;
  carveOut: (clause: string, person: string, state: string, incident: string) => string;
  declarationByParty: (id: string, state: string, lodged: string) => string;
  deferralCapped: (resolution: string, asked: string, until: string) => string;
  neededForPerson: (person: string, incident: string) => string;
}

export const MESSAGES: Record<Lang, Messages> = {
  en: {
    referenceAsOf: (asOf) => `The reference data (States Parties, referrals, declarations) is recorded as of ${asOf}; changes after that date are not known to the engine.`,
    hypothetical: "This assessment includes hypothetical facts for teaching (a membership that never happened); every basis resting on one is tagged hypothetical.",
    caveat: (state, text) => `${state}: ${text}`,
    openRoutes: {
      "state-referral": "A State Party may refer the situation to the Prosecutor (Arts. 13(a), 14).",
      "security-council": "The Security Council, acting under Chapter VII, may refer the situation (Art. 13(b)).",
      "proprio-motu": "The Prosecutor may seek the Pre-Trial Chamber's authorization to investigate proprio motu (Arts. 13(c), 15).",
    },
    requestedNotAuthorized: (d) => `The Prosecutor asked for authorization on ${d}; no authorization is recorded by the assessment date.`,
    refused: (d) => `Authorization was refused on ${d}; a new request may be made on new facts or evidence (Art. 15(5)).`,
    whereQuestion: "Where did the conduct take place, and where did any element of the crime take place (States, as ISO alpha-3 codes)?",
    whoQuestion: "Who are the alleged perpetrators, and of which States are they nationals?",
    nationalityQuestion: (p) => `Of which State or States is perpetrator ${p} a national?`,
    whatHappenedQuestion: "What happened: which acts, where, when and by whom?",
    neededForJurisdiction: (i) => `jurisdiction over incident "${i}"`,
    neededForAct: (prov, act, i) => `${prov} (${act}) for incident "${i}"`,
    neededForTrigger: "the trigger (Art. 13)",
    neededForIncidentTrigger: (i) => `the trigger for incident "${i}" (Art. 13)`,
    neededForDeferral: "deferral (Art. 16)",
    theStatesConcerned: "the States concerned",
    noRulesForAct: "No rules are defined for this act.",
    perpetratorLabel: (id) => `perpetrator ${id}`,
    carveOut: (clause, person, state, incident) => `${clause} ${person} (incident "${incident}") is a national of ${state}, which was not a State Party at the time: if this person acted in such an operation, the referral does not reach them unless ${state} waives its exclusive jurisdiction. How the Court applies the clause was not checked.`,
    declarationByParty: (id, state, lodged) => `Declaration ${id} was lodged by ${state} on ${lodged}, when it was already a State Party. Article 12(3) is for a State not a party; a party has accepted the Court's jurisdiction by joining (Art. 12(1)), so the declaration adds nothing for the period of its membership.`,
    withoutSteps: (steps) => `This assessment is hypothetical, for teaching: it leaves out steps the Court's record holds (${steps.join(", ")}), as if they had not been taken.`,
    outsideScope: (ids) => `No referral or authorized investigation on the record reaches ${ids.map((i) => `"${i}"`).join(", ")}: the steps taken reach other conduct. A referral covering it, or a new request for authorization under Article 15(3), would be needed.`,
    deferralCapped: (r, asked, until) => `${r} asks for a deferral until ${asked}; Article 16 allows twelve months at most from the request, so it is read as ending on ${until}. A longer suspension needs a new resolution renewing the request.`,
    neededForPerson: (p, i) => `whether the Court could try ${p} for incident "${i}" (Art. 26; not jurisdiction over the incident)`,
  },
  fr: {
    referenceAsOf: (asOf) => `Les données de référence (États Parties, renvois, déclarations) sont à jour au ${asOf} ; les changements postérieurs ne sont pas connus du moteur.`,
    hypothetical: "Cette évaluation comporte des faits hypothétiques à des fins pédagogiques (une adhésion qui n'a pas eu lieu) ; tout fondement qui en dépend est signalé comme hypothétique.",
    caveat: (state, text) => `${state} : ${text}`,
    openRoutes: {
      "state-referral": "Un État Partie peut déférer la situation au Procureur (art. 13(a) et 14).",
      "security-council": "Le Conseil de sécurité, agissant en vertu du Chapitre VII de la Charte des Nations Unies, peut déférer la situation au Procureur (art. 13(b)).",
      "proprio-motu": "Le Procureur peut demander à la Chambre préliminaire l'autorisation d'ouvrir une enquête de sa propre initiative (art. 13(c) et 15).",
    },
    requestedNotAuthorized: (d) => `Le Procureur a demandé l'autorisation le ${d} ; aucune autorisation n'est enregistrée à la date de l'évaluation.`,
    refused: (d) => `L'autorisation a été refusée le ${d} ; une nouvelle demande peut être présentée sur la base de faits ou d'éléments de preuve nouveaux (art. 15(5)).`,
    whereQuestion: "Où le comportement a-t-il eu lieu, et où un élément du crime s'est-il produit (États, en codes ISO alpha-3) ?",
    whoQuestion: "Qui sont les auteurs présumés, et de quels États ont-ils la nationalité ?",
    nationalityQuestion: (p) => `De quel(s) État(s) l'auteur ${p} a-t-il la nationalité ?`,
    whatHappenedQuestion: "Que s'est-il passé : quels actes, où, quand et par qui ?",
    neededForJurisdiction: (i) => `la compétence à l'égard de l'incident « ${i} »`,
    neededForAct: (prov, act, i) => `${prov} (${act}) pour l'incident « ${i} »`,
    neededForTrigger: "le déclenchement (art. 13)",
    neededForIncidentTrigger: (i) => `le déclenchement à l'égard de l'incident « ${i} » (art. 13)`,
    neededForDeferral: "le sursis (art. 16)",
    theStatesConcerned: "les États concernés",
    noRulesForAct: "Aucune règle n'est définie pour cet acte.",
    perpetratorLabel: (id) => `l'auteur ${id}`,
    carveOut: (clause, person, state, incident) => `${clause} ${person} (incident « ${incident} ») est ressortissant de l'État suivant, qui n'était pas Partie au Statut à l'époque : ${state}. Si cette personne a agi dans le cadre d'une telle opération, le renvoi ne l'atteint pas, sauf renonciation de cet État à sa compétence exclusive. La manière dont la Cour applique cette clause n'a pas été vérifiée.`,
    declarationByParty: (id, state, lodged) => `La déclaration ${id} a été déposée par l'État suivant le ${lodged}, alors qu'il était déjà État Partie : ${state}. L'article 12(3) vise l'État qui n'est pas Partie ; un État Partie a accepté la compétence de la Cour en adhérant au Statut (art. 12(1)), de sorte que la déclaration n'ajoute rien pour la période où il est Partie.`,
    withoutSteps: (steps) => `Cette évaluation est hypothétique, à des fins pédagogiques : elle fait abstraction d'actes figurant au dossier de la Cour (${steps.join(", ")}), comme s'ils n'avaient pas été accomplis.`,
    outsideScope: (ids) => `Aucun renvoi ni aucune enquête autorisée figurant au dossier ne vise ${ids.map((i) => `« ${i} »`).join(", ")} : les actes accomplis visent d'autres comportements. Il faudrait un renvoi qui les couvre, ou une nouvelle demande d'autorisation au titre de l'article 15(3).`,
    deferralCapped: (r, asked, until) => `La résolution ${r} demande un sursis jusqu'au ${asked} ; l'article 16 ne permet pas plus de douze mois à compter de la demande, de sorte que le sursis est lu comme prenant fin le ${until}. Une suspension plus longue exige une nouvelle résolution renouvelant la demande.`,
    neededForPerson: (p, i) => `la possibilité pour la Cour de juger ${p} pour l'incident « ${i} » (art. 26 ; sans incidence sur la compétence à l'égard de l'incident)`,
  },
};
