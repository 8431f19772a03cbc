/**
 * The demo wholesaler's catalog (food and drinks, some cleaning supplies) with the VAT rates in force:
 * ES super-reduced 4 % (bread flour, milk, cheese, eggs, fruit, vegetables, pulses, cereals, olive oil),
 * reduced 10 % (other food, water, juices), general 21 % (alcohol, sugary soft drinks, non-food);
 * RO reduced 11 % (food, water), standard 21 % (alcohol, sugary soft drinks, non-food).
 * Prices are wholesale, per unit of sale, in cents (EUR) or bani (RON).
 */
import type { Country } from '../types'

export interface CatalogItem {
  code: string
  name: string
  unit: string
  unitPrice: number
  vatRate: number
  /** Sold by weight: quantities with decimals. */
  byWeight?: boolean
}

const ES: readonly CatalogItem[] = [
  { code: 'ACE-5L', name: 'Aceite de oliva virgen extra, garrafa 5 L', unit: 'garrafa', unitPrice: 3450, vatRate: 400 },
  { code: 'LEC-6', name: 'Leche entera UHT 1 L (pack 6)', unit: 'pack', unitPrice: 540, vatRate: 400 },
  { code: 'HUE-30', name: 'Huevos frescos clase L (bandeja 30)', unit: 'bandeja', unitPrice: 690, vatRate: 400 },
  { code: 'QMC-KG', name: 'Queso manchego curado D.O.P.', unit: 'kg', unitPrice: 1495, vatRate: 400, byWeight: true },
  { code: 'HAR-10', name: 'Harina de trigo panificable, saco 10 kg', unit: 'saco', unitPrice: 720, vatRate: 400 },
  { code: 'ARR-5', name: 'Arroz redondo, saco 5 kg', unit: 'saco', unitPrice: 690, vatRate: 400 },
  { code: 'PAT-10', name: 'Patatas para freír, saco 10 kg', unit: 'saco', unitPrice: 650, vatRate: 400 },
  { code: 'NAR-15', name: 'Naranjas de Valencia, caja 15 kg', unit: 'caja', unitPrice: 1350, vatRate: 400 },
  { code: 'TOM-KG', name: 'Tomate pera', unit: 'kg', unitPrice: 185, vatRate: 400, byWeight: true },
  { code: 'LEN-10', name: 'Lentejas pardinas 1 kg (caja 10)', unit: 'caja', unitPrice: 1890, vatRate: 400 },
  { code: 'ATU-6', name: 'Atún claro en aceite de oliva 3 × 80 g (caja 6)', unit: 'caja', unitPrice: 1850, vatRate: 1000 },
  { code: 'JAM-KG', name: 'Jamón serrano gran reserva, deshuesado', unit: 'kg', unitPrice: 1290, vatRate: 1000, byWeight: true },
  { code: 'CHO-1', name: 'Chorizo de Pamplona 1 kg', unit: 'ud', unitPrice: 995, vatRate: 1000 },
  { code: 'AGU-6', name: 'Agua mineral natural 1,5 L (pack 6)', unit: 'pack', unitPrice: 240, vatRate: 1000 },
  { code: 'ZUM-12', name: 'Zumo de naranja 1 L (caja 12)', unit: 'caja', unitPrice: 1320, vatRate: 1000 },
  { code: 'CAF-1', name: 'Café en grano natural 1 kg', unit: 'ud', unitPrice: 1650, vatRate: 1000 },
  { code: 'AZU-10', name: 'Azúcar blanco 1 kg (fardo 10)', unit: 'fardo', unitPrice: 1190, vatRate: 1000 },
  { code: 'GAL-12', name: 'Galletas María 800 g (caja 12)', unit: 'caja', unitPrice: 2280, vatRate: 1000 },
  { code: 'MAC-20', name: 'Macarrones 500 g (caja 20)', unit: 'caja', unitPrice: 1680, vatRate: 1000 },
  { code: 'ACT-25', name: 'Aceitunas manzanilla rellenas, lata 2,5 kg', unit: 'lata', unitPrice: 725, vatRate: 1000 },
  { code: 'TFR-24', name: 'Tomate frito 400 g (caja 24)', unit: 'caja', unitPrice: 1870, vatRate: 1000 },
  { code: 'CER-24', name: 'Cerveza lager 33 cl (caja 24)', unit: 'caja', unitPrice: 1590, vatRate: 2100 },
  { code: 'VRI-6', name: 'Vino tinto D.O.Ca. Rioja crianza 75 cl (caja 6)', unit: 'caja', unitPrice: 4350, vatRate: 2100 },
  { code: 'VRU-6', name: 'Vino blanco D.O. Rueda verdejo 75 cl (caja 6)', unit: 'caja', unitPrice: 3480, vatRate: 2100 },
  { code: 'CAV-6', name: 'Cava brut nature 75 cl (caja 6)', unit: 'caja', unitPrice: 4890, vatRate: 2100 },
  { code: 'REF-6', name: 'Refresco de cola 2 L (pack 6)', unit: 'pack', unitPrice: 780, vatRate: 2100 },
  { code: 'GIN-70', name: 'Ginebra London Dry 70 cl', unit: 'ud', unitPrice: 1290, vatRate: 2100 },
  { code: 'DET-5', name: 'Detergente lavavajillas profesional 5 L', unit: 'garrafa', unitPrice: 895, vatRate: 2100 },
  { code: 'PAP-48', name: 'Papel higiénico doble capa (paquete 48)', unit: 'paquete', unitPrice: 1650, vatRate: 2100 },
  { code: 'SER-3000', name: 'Servilletas de papel 30 × 30 (caja 3.000)', unit: 'caja', unitPrice: 2190, vatRate: 2100 },
]

const RO: readonly CatalogItem[] = [
  { code: 'ULE-5', name: 'Ulei de floarea-soarelui, bidon 5 l', unit: 'bidon', unitPrice: 4290, vatRate: 1100 },
  { code: 'FAI-10', name: 'Făină albă tip 000, 1 kg (bax 10)', unit: 'bax', unitPrice: 3290, vatRate: 1100 },
  { code: 'ZAH-10', name: 'Zahăr tos 1 kg (bax 10)', unit: 'bax', unitPrice: 4590, vatRate: 1100 },
  { code: 'LAP-6', name: 'Lapte de vacă 3,5% grăsime 1 l (bax 6)', unit: 'bax', unitPrice: 4140, vatRate: 1100 },
  { code: 'TEL-KG', name: 'Telemea de vacă', unit: 'kg', unitPrice: 2990, vatRate: 1100, byWeight: true },
  { code: 'CAS-KG', name: 'Cașcaval de vacă', unit: 'kg', unitPrice: 3690, vatRate: 1100, byWeight: true },
  { code: 'OUA-30', name: 'Ouă de găină mărimea M (cofraj 30)', unit: 'cofraj', unitPrice: 2790, vatRate: 1100 },
  { code: 'MAL-10', name: 'Mălai extra 1 kg (bax 10)', unit: 'bax', unitPrice: 3190, vatRate: 1100 },
  { code: 'ORE-10', name: 'Orez bob rotund 1 kg (bax 10)', unit: 'bax', unitPrice: 5490, vatRate: 1100 },
  { code: 'PAS-12', name: 'Paste făinoase penne 500 g (bax 12)', unit: 'bax', unitPrice: 5280, vatRate: 1100 },
  { code: 'FAS-12', name: 'Fasole boabe în sos tomat 400 g (bax 12)', unit: 'bax', unitPrice: 5880, vatRate: 1100 },
  { code: 'ZAC-12', name: 'Zacuscă de vinete 300 g (bax 12)', unit: 'bax', unitPrice: 8280, vatRate: 1100 },
  { code: 'SAL-KG', name: 'Salam de Sibiu', unit: 'kg', unitPrice: 8990, vatRate: 1100, byWeight: true },
  { code: 'CAF-500', name: 'Cafea măcinată 500 g', unit: 'buc', unitPrice: 3290, vatRate: 1100 },
  { code: 'APA-6', name: 'Apă minerală naturală 2 l (bax 6)', unit: 'bax', unitPrice: 1590, vatRate: 1100 },
  { code: 'IAU-20', name: 'Iaurt 3,5% grăsime 140 g (bax 20)', unit: 'bax', unitPrice: 2780, vatRate: 1100 },
  { code: 'CAR-10', name: 'Cartofi albi, sac 10 kg', unit: 'sac', unitPrice: 2490, vatRate: 1100 },
  { code: 'ROS-KG', name: 'Roșii românești', unit: 'kg', unitPrice: 890, vatRate: 1100, byWeight: true },
  { code: 'MER-10', name: 'Mere Ionatan, ladă 10 kg', unit: 'ladă', unitPrice: 3490, vatRate: 1100 },
  { code: 'MUS-KG', name: 'Mușchi file de porc', unit: 'kg', unitPrice: 3690, vatRate: 1100, byWeight: true },
  { code: 'BER-24', name: 'Bere blondă 0,5 l doză (bax 24)', unit: 'bax', unitPrice: 7990, vatRate: 2100 },
  { code: 'VFN-6', name: 'Vin roșu sec Fetească Neagră 0,75 l (bax 6)', unit: 'bax', unitPrice: 17400, vatRate: 2100 },
  { code: 'VFA-6', name: 'Vin alb sec Fetească Albă 0,75 l (bax 6)', unit: 'bax', unitPrice: 14700, vatRate: 2100 },
  { code: 'TUI-05', name: 'Țuică de prune 0,5 l', unit: 'sticlă', unitPrice: 3290, vatRate: 2100 },
  { code: 'SUC-6', name: 'Suc carbogazos cola 2 l (bax 6)', unit: 'bax', unitPrice: 4190, vatRate: 2100 },
  { code: 'DET-5', name: 'Detergent de vase profesional 5 l', unit: 'bidon', unitPrice: 3490, vatRate: 2100 },
  { code: 'HIG-32', name: 'Hârtie igienică 3 straturi (pachet 32 role)', unit: 'pachet', unitPrice: 6490, vatRate: 2100 },
  { code: 'SRV-10', name: 'Șervețele de masă 33 × 33 (bax 10 pachete)', unit: 'bax', unitPrice: 3990, vatRate: 2100 },
  { code: 'SAR-12', name: 'Sare grunjoasă iodată 1 kg (bax 12)', unit: 'bax', unitPrice: 1790, vatRate: 1100 },
  { code: 'OTE-12', name: 'Oțet din vin 9% 1 l (bax 12)', unit: 'bax', unitPrice: 3120, vatRate: 1100 },
]

export function catalogOf(country: Country): readonly CatalogItem[] {
  return country === 'ES' ? ES : RO
}
