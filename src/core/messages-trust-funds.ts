import type { Catalog } from './messages';

/**
 * Problem texts of trust funds, projects, transactions and exchange rates (issue 5), in both
 * languages; merged into the catalogs of messages.ts. The money texts themselves (amounts, currencies,
 * missing rates) are in messages-money.ts.
 */
export const trustFundMessages: { en: Catalog; fr: Catalog } = {
  en: {
    'trust_fund.not_found': {
      title: 'Trust fund not found',
      detail: 'No trust fund with this id is visible to you.',
    },
    'trust_fund.unknown': { title: 'Unknown trust fund', detail: 'The fund named does not exist.' },
    'trust_fund.duplicate_code': {
      title: 'Code already used',
      detail: 'Another trust fund has the code {code}.',
    },
    'trust_fund.currency_locked': {
      title: 'Currency fixed',
      detail: 'Money is recorded in this fund: its account currency stays {currency}.',
    },
    'tf_project.not_found': {
      title: 'Project not found',
      detail: 'No project with this id is visible to you.',
    },
    'tf_project.duplicate_code': {
      title: 'Code already used',
      detail: 'Another project of this fund has the code {code}.',
    },
    'tf_project.bad_parent': {
      title: 'Not a project this can be a phase of',
      detail: 'A phase belongs to a project of the same fund, and a phase has no phases of its own.',
    },
    'indicator.bad_value': {
      title: 'Not a measure',
      detail: 'The value "{value}" ({field}) must be a number of at least zero, with at most 4 decimals.',
    },
    'organisation.unknown': {
      title: 'Unknown organisation',
      detail: 'The organisation given in {field} does not exist.',
    },
    'organisation.unknown_partner': { title: 'Unknown partner', detail: 'The partner named does not exist.' },
    'organisation.duplicate': {
      title: 'Organisation already registered',
      detail: 'This member state is already registered.',
    },
    'organisation.partner_taken': {
      title: 'Partner already registered',
      detail: 'This partner already has its organisation row: use it.',
    },
    'organisation.not_found': {
      title: 'Organisation not found',
      detail: 'No organisation has this id.',
    },
    'organisation.duplicate_name': {
      title: 'Name already used',
      detail: 'Another organisation is already called {name}.',
    },
    'organisation.kind_locked': {
      title: 'Kind cannot change',
      detail: 'A partner’s row stays a partner’s row, and another organisation cannot become one.',
    },
    'organisation.partner_locked': {
      title: 'Partner cannot change',
      detail: 'This row stands for its partner: it cannot be moved to another partner.',
    },
    'tf_transaction.not_found': {
      title: 'Transaction not found',
      detail: 'No transaction with this id is visible to you.',
    },
    'tf_transaction.donor_required': {
      title: 'Donor required',
      detail: 'A pledge, a commitment or a contribution names the donor who gives it.',
    },
    'tf_transaction.no_party': {
      title: 'No donor on a disbursement',
      detail: 'A disbursement goes from the fund to one of its projects: it names no donor.',
    },
    'tf_transaction.project_required': {
      title: 'Project required',
      detail: 'A disbursement or an expenditure names the project it is for.',
    },
    'tf_transaction.project_not_in_fund': {
      title: 'Project of another fund',
      detail: 'The project named is not a project of this fund.',
    },
    'tf_transaction.pledge_link_type': {
      title: 'Only commitments and contributions fulfil a pledge',
      detail: 'Link a pledge from a commitment or a contribution received.',
    },
    'tf_transaction.bad_pledge': {
      title: 'Not a pledge this can fulfil',
      detail: 'The pledge linked must be a pledge of the same donor to the same fund.',
    },
    'tf_transaction.over_balance': {
      title: 'More than the fund holds',
      detail:
        'The fund’s balance is {currency} {balance}; this disbursement is {currency} {amount}. Record the contributions first.',
    },
    'tf_transaction.pledge_in_use': {
      title: 'Pledge in use',
      detail: 'Commitments or payments fulfil this pledge: unlink them first.',
    },
    'rates.invalid': {
      title: 'Rate file refused',
      detail: 'The file has {count} problem(s), listed by line; nothing was imported.',
    },
    'rates.empty': { title: 'No rates in the file', detail: 'The file holds no rate to import.' },
    'rates.unsupported_type': { title: 'Not a CSV file', detail: 'Send the rate file as text/csv.' },
    'rates.too_large': { title: 'File too large', detail: 'A rate file may be at most {limit} bytes.' },
    'tf_document.not_found': {
      title: 'Document not found',
      detail: 'This project has no such document.',
    },
    'tf_document.empty': { title: 'Empty file', detail: 'The document sent is empty: choose a file.' },
    'tf_document.too_large': {
      title: 'File too large',
      detail: 'A project document may be at most {limit} MiB.',
    },
    'tf_document.unsupported_type': {
      title: 'File type not accepted',
      detail: 'A project document is one of these types: {types}.',
    },
    'tf_document.content_mismatch': {
      title: 'Not the file it claims to be',
      detail: 'The file is named .{extension}, but its content is not of that type.',
    },
    'tf_document.too_many': {
      title: 'Too many documents',
      detail: 'A project keeps at most {max} documents: remove one first.',
    },
  },
  fr: {
    'trust_fund.not_found': {
      title: 'Fonds d’affectation spéciale introuvable',
      detail: 'Aucun fonds portant cet identifiant ne vous est visible.',
    },
    'trust_fund.unknown': { title: 'Fonds inconnu', detail: 'Le fonds indiqué n’existe pas.' },
    'trust_fund.duplicate_code': {
      title: 'Code déjà utilisé',
      detail: 'Un autre fonds porte le code {code}.',
    },
    'trust_fund.currency_locked': {
      title: 'Devise fixée',
      detail: 'Des montants sont enregistrés dans ce fonds : sa devise de compte reste {currency}.',
    },
    'tf_project.not_found': {
      title: 'Projet introuvable',
      detail: 'Aucun projet portant cet identifiant ne vous est visible.',
    },
    'tf_project.duplicate_code': {
      title: 'Code déjà utilisé',
      detail: 'Un autre projet de ce fonds porte le code {code}.',
    },
    'tf_project.bad_parent': {
      title: 'Projet parent impossible',
      detail: 'Une phase appartient à un projet du même fonds, et une phase n’a pas de phases.',
    },
    'indicator.bad_value': {
      title: 'Valeur non valable',
      detail: 'La valeur « {value} » ({field}) doit être un nombre positif ou nul, avec au plus 4 décimales.',
    },
    'organisation.unknown': {
      title: 'Organisation inconnue',
      detail: 'L’organisation indiquée dans {field} n’existe pas.',
    },
    'organisation.unknown_partner': {
      title: 'Partenaire inconnu',
      detail: 'Le partenaire indiqué n’existe pas.',
    },
    'organisation.duplicate': {
      title: 'Organisation déjà enregistrée',
      detail: 'Cet État membre est déjà enregistré.',
    },
    'organisation.partner_taken': {
      title: 'Partenaire déjà enregistré',
      detail: 'Ce partenaire a déjà sa fiche d’organisation : utilisez-la.',
    },
    'organisation.not_found': {
      title: 'Organisation introuvable',
      detail: 'Aucune organisation ne porte cet identifiant.',
    },
    'organisation.duplicate_name': {
      title: 'Nom déjà utilisé',
      detail: 'Une autre organisation s’appelle déjà {name}.',
    },
    'organisation.kind_locked': {
      title: 'Type non modifiable',
      detail: 'La fiche d’un partenaire le reste, et une autre organisation ne peut pas le devenir.',
    },
    'organisation.partner_locked': {
      title: 'Partenaire non modifiable',
      detail: 'Cette fiche représente son partenaire : elle ne peut pas passer à un autre partenaire.',
    },
    'tf_transaction.not_found': {
      title: 'Opération introuvable',
      detail: 'Aucune opération portant cet identifiant ne vous est visible.',
    },
    'tf_transaction.donor_required': {
      title: 'Donateur requis',
      detail: 'Une annonce de contribution, un engagement ou une contribution indique le donateur.',
    },
    'tf_transaction.no_party': {
      title: 'Pas de donateur pour un décaissement',
      detail: 'Un décaissement va du fonds vers l’un de ses projets : il n’indique pas de donateur.',
    },
    'tf_transaction.project_required': {
      title: 'Projet requis',
      detail: 'Un décaissement ou une dépense indique le projet concerné.',
    },
    'tf_transaction.project_not_in_fund': {
      title: 'Projet d’un autre fonds',
      detail: 'Le projet indiqué n’est pas un projet de ce fonds.',
    },
    'tf_transaction.pledge_link_type': {
      title: 'Seuls les engagements et contributions honorent une annonce',
      detail: 'Reliez l’annonce depuis un engagement ou une contribution reçue.',
    },
    'tf_transaction.bad_pledge': {
      title: 'Annonce impossible à relier',
      detail: 'L’annonce reliée doit être une annonce du même donateur au même fonds.',
    },
    'tf_transaction.over_balance': {
      title: 'Plus que le solde du fonds',
      detail:
        'Le solde du fonds est de {balance} {currency} ; ce décaissement est de {amount} {currency}. Enregistrez d’abord les contributions.',
    },
    'tf_transaction.pledge_in_use': {
      title: 'Annonce utilisée',
      detail: 'Des engagements ou des paiements honorent cette annonce : retirez d’abord ces liens.',
    },
    'rates.invalid': {
      title: 'Fichier de taux refusé',
      detail: 'Le fichier présente {count} problème(s), listés par ligne ; rien n’a été importé.',
    },
    'rates.empty': {
      title: 'Aucun taux dans le fichier',
      detail: 'Le fichier ne contient aucun taux à importer.',
    },
    'rates.unsupported_type': {
      title: 'Pas un fichier CSV',
      detail: 'Envoyez le fichier de taux en text/csv.',
    },
    'rates.too_large': {
      title: 'Fichier trop volumineux',
      detail: 'Un fichier de taux fait au plus {limit} octets.',
    },
    'tf_document.not_found': {
      title: 'Document introuvable',
      detail: 'Ce projet n’a pas ce document.',
    },
    'tf_document.empty': {
      title: 'Fichier vide',
      detail: 'Le document envoyé est vide : choisissez un fichier.',
    },
    'tf_document.too_large': {
      title: 'Fichier trop volumineux',
      detail: 'Un document de projet fait au plus {limit} Mio.',
    },
    'tf_document.unsupported_type': {
      title: 'Type de fichier refusé',
      detail: 'Un document de projet est de l’un de ces types : {types}.',
    },
    'tf_document.content_mismatch': {
      title: 'Le fichier n’est pas ce qu’il prétend être',
      detail: 'Le fichier porte l’extension .{extension}, mais son contenu n’est pas de ce type.',
    },
    'tf_document.too_many': {
      title: 'Trop de documents',
      detail: 'Un projet garde au plus {max} documents : retirez-en d’abord un.',
    },
  },
};
