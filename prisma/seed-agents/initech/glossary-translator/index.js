// Translates English UI and commerce text with a fixed glossary (German, French, Spanish), longest phrase first.
const GLOSSARY = {
  'shopping cart': { de: 'Warenkorb', fr: 'panier', es: 'carrito' },
  'checkout': { de: 'Kasse', fr: 'paiement', es: 'pago' },
  'sign in': { de: 'anmelden', fr: 'se connecter', es: 'iniciar sesión' },
  'sign out': { de: 'abmelden', fr: 'se déconnecter', es: 'cerrar sesión' },
  'password': { de: 'Passwort', fr: 'mot de passe', es: 'contraseña' },
  'forgot password': { de: 'Passwort vergessen', fr: 'mot de passe oublié', es: 'contraseña olvidada' },
  'order': { de: 'Bestellung', fr: 'commande', es: 'pedido' },
  'orders': { de: 'Bestellungen', fr: 'commandes', es: 'pedidos' },
  'invoice': { de: 'Rechnung', fr: 'facture', es: 'factura' },
  'shipping address': { de: 'Lieferadresse', fr: 'adresse de livraison', es: 'dirección de envío' },
  'billing address': { de: 'Rechnungsadresse', fr: 'adresse de facturation', es: 'dirección de facturación' },
  'delivery': { de: 'Lieferung', fr: 'livraison', es: 'entrega' },
  'free shipping': { de: 'kostenloser Versand', fr: 'livraison gratuite', es: 'envío gratis' },
  'add to cart': { de: 'in den Warenkorb', fr: 'ajouter au panier', es: 'añadir al carrito' },
  'price': { de: 'Preis', fr: 'prix', es: 'precio' },
  'total': { de: 'Gesamt', fr: 'total', es: 'total' },
  'quantity': { de: 'Menge', fr: 'quantité', es: 'cantidad' },
  'search': { de: 'Suche', fr: 'recherche', es: 'búsqueda' },
  'settings': { de: 'Einstellungen', fr: 'paramètres', es: 'configuración' },
  'account': { de: 'Konto', fr: 'compte', es: 'cuenta' },
  'cancel': { de: 'abbrechen', fr: 'annuler', es: 'cancelar' },
  'save': { de: 'speichern', fr: 'enregistrer', es: 'guardar' },
  'continue': { de: 'weiter', fr: 'continuer', es: 'continuar' },
  'your': { de: 'Ihr', fr: 'votre', es: 'su' },
  'and': { de: 'und', fr: 'et', es: 'y' },
  'or': { de: 'oder', fr: 'ou', es: 'o' },
  'to': { de: 'zur', fr: 'vers', es: 'a' },
  'view': { de: 'anzeigen', fr: 'voir', es: 'ver' },
  'help': { de: 'Hilfe', fr: 'aide', es: 'ayuda' },
  'contact us': { de: 'Kontakt', fr: 'contactez-nous', es: 'contáctenos' },
};
const TERMS = Object.keys(GLOSSARY).sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
const PATTERN = new RegExp(`\\b(${TERMS.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

function matchCase(source, target) {
  if (source === source.toUpperCase() && /[A-Z]/.test(source) && source.length > 1) return target.toUpperCase();
  if (source[0] === source[0].toUpperCase() && /[A-Z]/.test(source[0])) return target[0].toUpperCase() + target.slice(1);
  return target;
}

export async function handle(input, ctx) {
  const target = input.target;
  let source = input.source;
  if (!source) source = (await ctx.call('@initech/language-detector', { text: input.text })).language;
  if (source !== 'en') return { source, target, translated: input.text, replaced: [], coverage: 0, note: 'only English source text is supported' };
  const replaced = [];
  const translated = input.text.replace(PATTERN, (match) => {
    const key = match.toLowerCase().replace(/\s+/g, ' ');
    const to = matchCase(match, GLOSSARY[key][target]);
    replaced.push({ from: match, to });
    return to;
  });
  const words = (input.text.match(/[A-Za-z]+/g) ?? []).length;
  const covered = replaced.reduce((n, r) => n + r.from.split(/\s+/).length, 0);
  return { source, target, translated, replaced, coverage: words ? Math.round((covered / words) * 100) / 100 : 0, note: null };
}
