/* « Trouver une résidence » : hors ligne, sur les données publiées (donnees/logements.js). Les règles sont celles
   de la classe Java Finder : typologies du ménage cible (T5 et plus dès trois personnes à charge, ou pour une grande
   famille ; une pièce de plus si elle est acceptée), loyer + forfait de charges sous le plafond APL du ménage,
   logements PMR si besoin, occupation publiée « équilibrée » ou « à surveiller », hors QPV pour un ménage du
   premier quartile (règle des 25 %). Les choix se lisent aussi dans l'adresse de la page (?commune=…&adultes=…). */
(function () {
  'use strict';
  var MAX_CHARGES = 6;

  function cleMenage(adultes, charges) {
    if (charges === 0) { return adultes === 1 ? 'personne_seule' : 'couple'; }
    return String(Math.min(charges, MAX_CHARGES));
  }

  function typologies(donnees, adultes, charges, grande, piece) {
    if (grande) { return [5]; }
    var cible = donnees.parametres.cibles[cleMenage(adultes, Math.min(charges, 3))];
    var rangs = [cible];
    if (piece && cible < 5) { rangs.push(cible + 1); }
    return rangs;
  }

  function chercher(choix) {
    var donnees = window.ATLAS_LOGEMENTS;
    var menage = cleMenage(choix.adultes, choix.charges);
    var rangs = typologies(donnees, choix.adultes, choix.charges, choix.grande, choix.piece);
    var trouves = [];
    donnees.residences.forEach(function (r) {
      if (choix.communes.length && choix.communes.indexOf(r.depcom) < 0) { return; }
      if (r.occupation !== 'équilibrée' && r.occupation !== 'à surveiller') { return; }
      if (choix.statut === 'q1' && r.enQpv) { return; }
      var n = 0;
      var detail = [];
      r.typologies.forEach(function (t) {
        if (rangs.indexOf(t.rang) < 0) { return; }
        var compte = (choix.pmr ? t.accessiblesPmr : t.accessibles)[menage];
        if (compte) { n += compte; detail.push(compte + ' ' + t.typologie); }
      });
      if (n > 0) { trouves.push({ r: r, n: n, detail: detail }); }
    });
    trouves.sort(function (a, b) {
      return b.n - a.n || a.r.commune.localeCompare(b.r.commune, 'fr') || a.r.adresse.localeCompare(b.r.adresse, 'fr');
    });
    return { menage: menage, plafond: donnees.parametres.plafonds[menage], rangs: rangs, trouves: trouves };
  }

  function lire(form) {
    return {
      communes: Array.prototype.map.call(form.querySelectorAll('input[name=commune]:checked'), function (c) { return c.value; }),
      adultes: parseInt(form.adultes.value, 10), charges: parseInt(form.charges.value, 10), statut: form.statut.value,
      pmr: form.pmr.checked, grande: form.grande.checked, piece: form.piece.checked
    };
  }

  function preremplir(form) {
    var p = new URLSearchParams(window.location.search);
    p.getAll('commune').forEach(function (code) {
      code.split(',').forEach(function (c) {
        var box = form.querySelector('input[name=commune][value="' + c + '"]');
        if (box) { box.checked = true; }
      });
    });
    ['adultes', 'charges', 'statut'].forEach(function (n) { if (p.get(n)) { form[n].value = p.get(n); } });
    ['pmr', 'grande', 'piece'].forEach(function (n) { if (p.get(n) === '1' || p.get(n) === 'oui') { form[n].checked = true; } });
  }

  function typologie(rang) { return rang >= 5 ? 'T5 et plus' : 'T' + rang; }

  function afficher(resultat, choix) {
    var liste = document.getElementById('resultats');
    liste.textContent = '';
    var euros = resultat.plafond.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + '\u202F€';
    var n = resultat.trouves.length;
    document.getElementById('resultat-resume').textContent = (n === 0 ? 'Aucune résidence' : n.toLocaleString('fr-FR')
      + (n > 1 ? ' résidences' : ' résidence')) + ' pour ce ménage\u202F: ' + resultat.rangs.map(typologie).join(' ou ')
      + ', loyer et charges sous ' + euros + ' par mois' + (choix.pmr ? ', logements PMR' : '')
      + (choix.statut === 'q1' ? ', hors quartier prioritaire (règle des 25\u202F%)' : '') + '.';
    resultat.trouves.forEach(function (t) {
      var li = document.createElement('li');
      li.setAttribute('data-id', t.r.id);
      li.setAttribute('data-logements', String(t.n));
      var a = document.createElement('a');
      a.href = 'residences/' + encodeURIComponent(t.r.id) + '.html';
      a.textContent = t.r.adresse;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' — ' + t.r.commune + (t.r.qpv ? ' (QPV ' + t.r.qpv + ')' : '') + ' — '
        + t.n.toLocaleString('fr-FR') + (t.n > 1 ? ' logements adaptés' : ' logement adapté') + ' (' + t.detail.join(', ') + ')'));
      var classe = document.createElement('span');
      classe.className = 'classe ' + (t.r.occupation === 'à surveiller' ? 'cl-surveiller' : 'cl-equilibree');
      classe.textContent = t.r.occupation === 'à surveiller' ? 'occupation à surveiller' : 'occupation équilibrée';
      li.appendChild(document.createTextNode(' '));
      li.appendChild(classe);
      liste.appendChild(li);
    });
    liste.setAttribute('data-resultats', String(n));
  }

  function demarrer() {
    var form = document.getElementById('trouver');
    if (!form || !window.ATLAS_LOGEMENTS) { return; }
    preremplir(form);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var choix = lire(form);
      afficher(chercher(choix), choix);
    });
    var choix = lire(form);
    afficher(chercher(choix), choix);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
