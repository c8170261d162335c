/* Carte interactive de l'atlas : Leaflet sans fond de carte (aucune tuile, aucun CDN). Communes et leurs noms,
   résidences en cercles proportionnels aux logements, colorées selon l'indicateur choisi (palette Okabe-Ito ;
   « s » en cercle vide cerclé de noir, distinct de « peu accessible » en gris plein), contours des QPV et leurs
   noms au-dessus des cercles, échelle, cercles atteignables au clavier (Tab, puis Entrée). Sur une fiche de
   résidence (data-id), la carte est centrée sur elle. */
(function () {
  'use strict';
  var SECRET = { fill: '#FFFFFF', stroke: '#111111' };
  var COULEURS = {
    croisement: { 'accessible et équilibrée': '#009E73', 'accessible, à surveiller': '#F0E442',
      'accessible mais fragile': '#D55E00', 'peu ou partiellement accessible': '#6E6E6E',
      'occupation non renseignée': '#CFCFCF', 'occupation couverte par le secret statistique': SECRET },
    fragilite: { 'équilibrée': '#009E73', 'à surveiller': '#F0E442', 'fragile': '#D55E00', 's': SECRET,
      'non renseignée': '#CFCFCF' },
    accessibilite: { 'accessible aux ménages les plus modestes': '#0072B2', 'partiellement accessible': '#56B4E9',
      'peu accessible': '#6E6E6E' }
  };
  var TITRES = { croisement: 'Accessibilité et fragilité croisées', fragilite: 'Fragilité de l’occupation',
    accessibilite: 'Accessibilité aux ménages les plus modestes' };

  function texte(parent, balise, contenu) {
    var e = document.createElement(balise);
    e.textContent = contenu;
    parent.appendChild(e);
    return e;
  }

  function popup(r, racine) {
    var div = document.createElement('div');
    texte(div, 'strong', r.adresse);
    texte(div, 'div', r.commune + (r.qpv ? ' — QPV ' + r.qpv : ' — hors QPV'));
    texte(div, 'div', r.logements.toLocaleString('fr-FR') + (r.logements > 1 ? ' logements' : ' logement'));
    texte(div, 'div', 'Accessibilité\u202F: ' + r.accessibilite);
    texte(div, 'div', 'Occupation\u202F: ' + r.fragilite + (r.groupe ? ' (chiffre du groupe de résidences)' : ''));
    texte(div, 'div', 'Croisement\u202F: ' + r.croisement);
    var a = texte(div, 'a', 'Fiche de la résidence');
    a.href = racine + 'residences/' + encodeURIComponent(r.id) + '.html';
    return div;
  }

  function style(couleur) {
    if (couleur && couleur.fill) { return { fillColor: couleur.fill, color: couleur.stroke, weight: 1.5, fillOpacity: 1 }; }
    return { fillColor: couleur || '#CFCFCF', color: '#333333', weight: 0.6, fillOpacity: 0.9 };
  }

  function etiquettes(couche, nom, classe) {
    couche.eachLayer(function (l) {
      l.bindTooltip(nom(l.feature), { permanent: true, direction: 'center', className: classe, interactive: false });
    });
  }

  function demarrer() {
    var conteneur = document.getElementById('carte');
    if (!conteneur || !window.L || !window.ATLAS) { return; }
    var racine = conteneur.getAttribute('data-racine') || '';
    var focus = conteneur.getAttribute('data-id');
    var carte = L.map(conteneur, { attributionControl: true, zoomSnap: 0.25, keyboard: true });
    carte.attributionControl.setPrefix(false);
    carte.attributionControl.addAttribution('IGN Admin Express 2018, ANCT QPV 2024, RPLS — traitement observatoire');
    carte.createPane('contours');
    carte.getPane('contours').style.zIndex = 450;
    carte.getPane('contours').style.pointerEvents = 'none';
    var communes = L.geoJSON(window.ATLAS_COMMUNES, { style: { color: '#4d4d4d', weight: 1, fillColor: '#ffffff', fillOpacity: 0.9 },
      interactive: false }).addTo(carte);
    var qpv = L.geoJSON(window.ATLAS_QPV, { pane: 'contours', interactive: false,
      style: { color: '#6A3D9A', weight: 2, dashArray: '5 3', fill: false } }).addTo(carte);
    var residences = L.layerGroup().addTo(carte);
    var choix = document.getElementById('indicateur');
    var legende = L.control({ position: 'bottomright' });
    legende.onAdd = function () { this._div = L.DomUtil.create('div', 'legende'); return this._div; };
    legende.addTo(carte);
    L.control.scale({ metric: true, imperial: false, position: 'bottomleft' }).addTo(carte);

    function dessiner() {
      var indicateur = choix ? choix.value : 'croisement';
      residences.clearLayers();
      var comptes = {};
      var tries = window.ATLAS.residences.slice().sort(function (a, b) { return b.logements - a.logements; });
      tries.forEach(function (r) {
        if (r.lat === null || r.lon === null) { return; }
        var valeur = r[indicateur];
        comptes[valeur] = (comptes[valeur] || 0) + 1;
        var s = style(COULEURS[indicateur][valeur]);
        s.radius = 1.5 + Math.sqrt(r.logements) * (conteneur.clientWidth < 600 ? 0.45 : 0.9);
        if (r.id === focus) { s.weight = 3; s.color = '#000000'; s.radius += 3; }
        var cercle = L.circleMarker([r.lat, r.lon], s).bindPopup(popup(r, racine)).addTo(residences);
        var el = cercle.getElement();
        if (el) {
          el.setAttribute('tabindex', '0');
          el.setAttribute('role', 'button');
          el.setAttribute('aria-label', r.adresse + ', ' + r.commune + '\u202F: ' + valeur);
          el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); cercle.openPopup(); } });
        }
      });
      var div = legende._div;
      div.textContent = '';
      texte(div, 'strong', TITRES[indicateur]);
      Object.keys(COULEURS[indicateur]).forEach(function (cle) {
        if (!comptes[cle]) { return; }
        var ligne = texte(div, 'div', '');
        var pastille = document.createElement('span');
        var c = COULEURS[indicateur][cle];
        pastille.className = 'pastille';
        pastille.style.background = c.fill || c;
        if (c.fill) { pastille.style.border = '1.5px solid ' + c.stroke; }
        ligne.appendChild(pastille);
        ligne.appendChild(document.createTextNode(cle + ' (' + comptes[cle] + ')'));
      });
      var q = texte(div, 'div', 'Quartier prioritaire (contour violet)');
      q.className = 'legende-qpv';
      texte(div, 'div', 'Taille des cercles\u202F: nombre de logements');
    }

    L.control.layers(null, { 'Communes': communes, 'QPV 2024': qpv, 'Résidences': residences }, { collapsed: true }).addTo(carte);
    etiquettes(communes, function (f) { return f.properties.nom; }, 'etiquette-commune');
    etiquettes(qpv, function (f) { return f.properties.lib_qp; }, 'etiquette-qpv');
    if (choix) { choix.addEventListener('change', dessiner); }
    dessiner();
    var cible = focus && window.ATLAS.residences.filter(function (r) { return r.id === focus && r.lat !== null; })[0];
    var vue = function () { conteneur.classList.toggle('vue-large', carte.getZoom() < 13); };
    carte.on('zoomend', vue);
    if (cible) { carte.setView([cible.lat, cible.lon], 16); } else { carte.fitBounds(communes.getBounds()); }
    vue();
    conteneur.setAttribute('data-couches', ['communes', 'qpv', 'residences'].join(','));
    conteneur.setAttribute('data-residences', String(residences.getLayers().length));
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
