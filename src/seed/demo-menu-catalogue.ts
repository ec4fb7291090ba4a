/**
 * Word lists for the demo menu (`demo-menu.ts`): topics per area of cooperation (the kinds of activity
 * and the places are in `demo-menu-places.ts`). The French forms carry their article (« la gestion des crises ») so that « de », « à » and « sur » contract
 * correctly (`de()`, `aLa()` below).
 */

export interface Topic {
  /** Title case, used in titles: "Crisis Management". */
  en: string;
  /** With its article, used in running text: « la gestion des crises ». */
  fr: string;
}

export interface AreaCatalogue {
  topics: Topic[];
  /** What the programme covers: three are picked for each description. */
  focus: [en: string, fr: string][];
}

export const areaCatalogue: Record<string, AreaCatalogue> = {
  CRISIS: {
    topics: [
      { en: 'Crisis Management', fr: 'la gestion des crises' },
      { en: 'Peace Support Operations', fr: 'les opérations de soutien de la paix' },
      { en: 'Comprehensive Approach to Crisis Response', fr: 'l’approche globale de la réponse aux crises' },
      { en: 'Civil-Military Cooperation', fr: 'la coopération civilo-militaire' },
      { en: 'Protection of Civilians', fr: 'la protection des civils' },
      { en: 'Women, Peace and Security', fr: 'les femmes, la paix et la sécurité' },
      { en: 'Operational Planning', fr: 'la planification opérationnelle' },
    ],
    focus: [
      ['crisis response planning', 'la planification de la réponse aux crises'],
      ['decision making under pressure', 'la prise de décision sous contrainte'],
      [
        'cooperation with the United Nations and the European Union',
        'la coopération avec les Nations unies et l’Union européenne',
      ],
      ['the law of armed conflict', 'le droit des conflits armés'],
      ['strategic communication', 'la communication stratégique'],
      ['gender perspectives in operations', 'la prise en compte du genre dans les opérations'],
      ['lessons learned from recent missions', 'les enseignements des missions récentes'],
    ],
  },
  HADR: {
    topics: [
      { en: 'Disaster Relief Coordination', fr: 'la coordination des secours en cas de catastrophe' },
      { en: 'Humanitarian Assistance', fr: 'l’assistance humanitaire' },
      { en: 'Civil Emergency Planning', fr: 'la planification civile d’urgence' },
      { en: 'Consequence Management', fr: 'la gestion des conséquences' },
      { en: 'Resilience of Critical Infrastructure', fr: 'la résilience des infrastructures critiques' },
    ],
    focus: [
      [
        'the Euro-Atlantic Disaster Response Coordination Centre',
        'le Centre euro-atlantique de coordination des réactions en cas de catastrophe',
      ],
      ['host-nation support', 'le soutien du pays hôte'],
      ['search and rescue in urban areas', 'la recherche et le sauvetage en milieu urbain'],
      ['flood and earthquake response', 'la réponse aux inondations et aux séismes'],
      ['medical evacuation', 'l’évacuation sanitaire'],
      ['cooperation with humanitarian organisations', 'la coopération avec les organisations humanitaires'],
    ],
  },
  CYBER: {
    topics: [
      { en: 'Cyber Defence', fr: 'la cyberdéfense' },
      { en: 'Network Security Monitoring', fr: 'la surveillance de la sécurité des réseaux' },
      { en: 'Cyber Incident Handling', fr: 'le traitement des incidents cyber' },
      { en: 'Digital Forensics', fr: 'l’investigation numérique' },
      {
        en: 'International Law of Cyber Operations',
        fr: 'le droit international des opérations dans le cyberespace',
      },
      { en: 'Cyber Threat Intelligence', fr: 'le renseignement sur les cybermenaces' },
    ],
    focus: [
      ['protecting military networks', 'la protection des réseaux militaires'],
      ['incident response teams', 'les équipes de réponse aux incidents'],
      ['malware analysis', 'l’analyse des logiciels malveillants'],
      ['security of industrial control systems', 'la sécurité des systèmes de contrôle industriels'],
      ['national cyber security strategies', 'les stratégies nationales de cybersécurité'],
      ['information sharing between partners', 'le partage d’informations entre partenaires'],
    ],
  },
  CT: {
    topics: [
      { en: 'Counter-Terrorism', fr: 'la lutte contre le terrorisme' },
      { en: 'Defence against Terrorism', fr: 'la défense contre le terrorisme' },
      {
        en: 'Countering Improvised Explosive Devices',
        fr: 'la lutte contre les engins explosifs improvisés',
      },
      { en: 'Critical Infrastructure Protection', fr: 'la protection des infrastructures critiques' },
      { en: 'Border Security', fr: 'la sécurité des frontières' },
    ],
    focus: [
      ['terrorist use of the internet', 'l’utilisation d’Internet par les terroristes'],
      ['radicalisation and its prevention', 'la radicalisation et sa prévention'],
      ['terrorist financing', 'le financement du terrorisme'],
      ['harbour and airport protection', 'la protection des ports et des aéroports'],
      ['explosive ordnance disposal', 'la neutralisation des explosifs et munitions'],
      ['interagency cooperation', 'la coopération interservices'],
    ],
  },
  NONPRO: {
    topics: [
      {
        en: 'Non-Proliferation of Weapons of Mass Destruction',
        fr: 'la non-prolifération des armes de destruction massive',
      },
      { en: 'CBRN Defence', fr: 'la défense NRBC' },
      { en: 'Arms Control and Verification', fr: 'la maîtrise des armements et la vérification' },
      { en: 'Export Control', fr: 'le contrôle des exportations' },
      { en: 'CBRN Incident Response', fr: 'la réponse aux incidents NRBC' },
    ],
    focus: [
      ['international treaties and regimes', 'les traités et régimes internationaux'],
      ['detection and identification', 'la détection et l’identification'],
      ['decontamination', 'la décontamination'],
      ['dual-use goods', 'les biens à double usage'],
      ['verification techniques', 'les techniques de vérification'],
      ['CBRN warning and reporting', 'l’alerte et le compte rendu NRBC'],
    ],
  },
  MILACT: {
    topics: [
      { en: 'Joint Operations', fr: 'les opérations interarmées' },
      { en: 'Defence Planning', fr: 'la planification de défense' },
      { en: 'Interoperability', fr: 'l’interopérabilité' },
      { en: 'Exercise Planning', fr: 'la planification des exercices' },
      { en: 'Professional Military Education', fr: 'l’enseignement militaire supérieur' },
      { en: 'Defence Institution Building', fr: 'le renforcement des institutions de défense' },
      { en: 'Logistics', fr: 'la logistique' },
    ],
    focus: [
      ['standard operating procedures', 'les procédures opérationnelles permanentes'],
      ['command and control', 'le commandement et le contrôle'],
      ['the operational planning process', 'le processus de planification opérationnelle'],
      ['training evaluation', 'l’évaluation de l’entraînement'],
      ['faculty development', 'la formation des enseignants'],
      ['building integrity', 'le renforcement de l’intégrité'],
      ['multinational logistics', 'la logistique multinationale'],
    ],
  },
  BMD: {
    topics: [
      { en: 'Missile Defence', fr: 'la défense antimissile' },
      { en: 'Integrated Air and Missile Defence', fr: 'la défense aérienne et antimissile intégrée' },
      { en: 'Air Policing', fr: 'la police du ciel' },
    ],
    focus: [
      ['the ballistic missile threat', 'la menace balistique'],
      ['sensors and early warning', 'les capteurs et l’alerte avancée'],
      ['command and control of air defence', 'le commandement et le contrôle de la défense aérienne'],
      ['airspace management', 'la gestion de l’espace aérien'],
      ['rules of engagement', 'les règles d’engagement'],
    ],
  },
  MARSEC: {
    topics: [
      { en: 'Maritime Security', fr: 'la sûreté maritime' },
      { en: 'Counter-Piracy', fr: 'la lutte contre la piraterie' },
      { en: 'Maritime Interdiction Operations', fr: 'les opérations d’interdiction maritime' },
      { en: 'Maritime Situational Awareness', fr: 'la connaissance de la situation maritime' },
      { en: 'Boarding Operations', fr: 'les opérations d’arraisonnement' },
    ],
    focus: [
      ['boarding and search procedures', 'les procédures d’arraisonnement et de fouille'],
      ['the law of the sea', 'le droit de la mer'],
      ['information sharing at sea', 'le partage d’informations en mer'],
      ['port security', 'la sûreté portuaire'],
      ['evidence collection', 'le recueil de preuves'],
      ['counter-smuggling', 'la lutte contre la contrebande'],
    ],
  },
  AFG: {
    topics: [
      { en: 'Security Force Assistance', fr: 'l’assistance aux forces de sécurité' },
      { en: 'Stabilisation and Reconstruction', fr: 'la stabilisation et la reconstruction' },
      { en: 'Pre-Deployment Training', fr: 'la formation avant déploiement' },
    ],
    focus: [
      ['mentoring and advising', 'le mentorat et le conseil'],
      ['cultural awareness', 'la sensibilisation culturelle'],
      ['transition of security responsibility', 'la transition des responsabilités de sécurité'],
      ['counter-insurgency', 'la contre-insurrection'],
    ],
  },
};

/** « de » before a French phrase with its article: de la, du, des, de l’. */
export function de(fr: string): string {
  if (fr.startsWith('le ')) return `du ${fr.slice(3)}`;
  if (fr.startsWith('les ')) return `des ${fr.slice(4)}`;
  return `de ${fr}`;
}

/** « à » before a French phrase with its article: à la, au, aux, à l’. */
export function aLa(fr: string): string {
  if (fr.startsWith('le ')) return `au ${fr.slice(3)}`;
  if (fr.startsWith('les ')) return `aux ${fr.slice(4)}`;
  return `à ${fr}`;
}

/** The phrase without its article: « gestion des crises », « défense NRBC ». */
export function rest(fr: string): string {
  return fr.replace(/^(la |le |les |l’)/, '');
}

/** The phrase without its article, capitalised: « Gestion des crises ». */
export function bare(fr: string): string {
  const stripped = rest(fr);
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
