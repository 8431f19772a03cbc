/**
 * Cobro as the records name the billing software (SistemaInformatico). The producer's NIF is the distributor's
 * to fill in when Cobro is published (the declaración responsable names it); the records keep what was hashed.
 */
import type { SoftwareId } from './types'

export const COBRO_SOFTWARE: Omit<SoftwareId, 'installation'> = {
  producerName: 'Cobro',
  producerNif: '',
  name: 'Cobro',
  id: 'CB',
  version: '0.1',
}
