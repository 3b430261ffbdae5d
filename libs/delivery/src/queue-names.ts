/** BullMQ queue names: no colons (BullMQ builds its Redis keys with them). */
export const REMINDER_DELIVERY_QUEUE = 'assocflow-delivery';
