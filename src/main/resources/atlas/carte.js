/* Carte interactive de l'atlas : Leaflet sans fond de carte (aucune tuile, aucun CDN), trois couches :
   communes, QPV 2024 et résidences (cercles proportionnels aux logements, couleur selon l'indicateur choisi). */
(function () {
  'use strict';
  var COULEURS = {
    fragilite: { 'fragile': '#D55E00', 'à surveiller': '#E69F00', 'équilibrée': '#009E73', 's': '#BBBBBB', 'non renseignée': '#BBBBBB' },
    accessibilite: { 'accessible aux ménages les plus modestes': '#0072B2', 'partiellement accessible': '#56B4E9', 'peu accessible': '#999999' },
    croisement: { 'accessible et non fragile': '#009E73', 'accessible mais fragile': '#D55E00',
      'peu ou partiellement accessible': '#999999', 'occupation non renseignée': '#BBBBBB',
      'occupation couverte par le secret statistique': '#BBBBBB' }
  };
  var TITRES = { fragilite: 'Fragilité de l\u2019occupation', accessibilite: 'Accessibilité aux ménages les plus modestes',
    croisement: 'Accessible et non fragile' };

  function texte(parent, balise, contenu) {
    var e = document.createElement(balise);
    e.textContent = contenu;
    parent.appendChild(e);
    return e;
  }

  function popup(r, racine) {
    var div = document.createElement('div');
    texte(div, 'strong', r.adresse);
    texte(div, 'div', r.commune + (r.qpv ? ' — QPV ' + r.qpv : ''));
    texte(div, 'div', r.logements.toLocaleString('fr-FR') + ' logements');
    texte(div, 'div', 'Accessibilité : ' + r.accessibilite);
    texte(div, 'div', 'Occupation : ' + r.fragilite);
    var a = texte(div, 'a', 'Fiche de la résidence');
    a.href = racine + 'residences/' + encodeURIComponent(r.id) + '.html';
    return div;
  }

  function demarrer() {
    var conteneur = document.getElementById('carte');
    if (!conteneur || !window.L || !window.ATLAS) { return; }
    var racine = conteneur.getAttribute('data-racine') || '';
    var carte = L.map(conteneur, { attributionControl: true, zoomSnap: 0.25 });
    carte.attributionControl.setPrefix(false);
    carte.attributionControl.addAttribution('IGN Admin Express 2018, ANCT QPV 2024, RPLS 2024 — traitement observatoire');
    var communes = L.geoJSON(window.ATLAS_COMMUNES, { style: { color: '#4d4d4d', weight: 1, fillColor: '#ffffff', fillOpacity: 0.9 },
      onEachFeature: function (f, couche) { couche.bindTooltip(f.properties.nom); } }).addTo(carte);
    var qpv = L.geoJSON(window.ATLAS_QPV, { style: { color: '#7a3e9d', weight: 1.5, fillColor: '#cdb4db', fillOpacity: 0.45 },
      onEachFeature: function (f, couche) { couche.bindTooltip('QPV ' + f.properties.lib_qp); } }).addTo(carte);
    var residences = L.layerGroup().addTo(carte);
    var choix = document.getElementById('indicateur');
    var legende = L.control({ position: 'bottomright' });
    legende.onAdd = function () { this._div = L.DomUtil.create('div', 'legende'); return this._div; };
    legende.addTo(carte);

    function dessiner() {
      var indicateur = choix ? choix.value : 'croisement';
      residences.clearLayers();
      var comptes = {};
      window.ATLAS.residences.forEach(function (r) {
        if (r.lat === null || r.lon === null) { return; }
        var valeur = r[indicateur];
        var couleur = COULEURS[indicateur][valeur] || '#BBBBBB';
        comptes[valeur] = (comptes[valeur] || 0) + 1;
        L.circleMarker([r.lat, r.lon], { radius: 2 + Math.sqrt(r.logements) * 0.9, color: '#333', weight: 0.5,
          fillColor: couleur, fillOpacity: 0.85 }).bindPopup(popup(r, racine)).addTo(residences);
      });
      var div = legende._div;
      div.textContent = '';
      texte(div, 'strong', TITRES[indicateur]);
      Object.keys(COULEURS[indicateur]).forEach(function (cle) {
        if (!comptes[cle]) { return; }
        var ligne = texte(div, 'div', '');
        var pastille = document.createElement('span');
        pastille.className = 'pastille';
        pastille.style.background = COULEURS[indicateur][cle];
        ligne.appendChild(pastille);
        ligne.appendChild(document.createTextNode(cle + ' (' + comptes[cle] + ')'));
      });
      texte(div, 'div', 'Taille des cercles : nombre de logements');
    }

    L.control.layers(null, { 'Communes': communes, 'QPV 2024': qpv, 'Résidences': residences }, { collapsed: false }).addTo(carte);
    carte.fitBounds(communes.getBounds());
    if (choix) { choix.addEventListener('change', dessiner); }
    dessiner();
    conteneur.setAttribute('data-couches', ['communes', 'qpv', 'residences'].join(','));
    conteneur.setAttribute('data-residences', String(residences.getLayers().length));
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
