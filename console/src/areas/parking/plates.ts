import type { ParkingCar } from '../../api/parking';

/** Plates of channel 9 (added through the API) are the only ones parkingCarDelete accepts. */
export const DELETABLE_CHANNEL = '9';

export function isDeletablePlate(car: ParkingCar): boolean {
  return car.channel === DELETABLE_CHANNEL;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** parking-service's plate format: province, letter (not I/O), five characters, or eight for new-energy cars. */
const PLATE = new RegExp(
  `^[${PROVINCES}][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])$`,
);

/** The distinct plates typed in a comma-separated field (',' or '，'), upper-cased as the service stores them. */
export function parsePlates(text: string): string[] {
  return [...new Set(text.split(/[,，]/).map((plate) => plate.trim().toUpperCase()).filter((plate) => plate !== ''))];
}

/** The plates the service would refuse as malformed (checked before sending, the service checks again). */
export function malformedPlates(plates: readonly string[]): string[] {
  return plates.filter((plate) => !PLATE.test(plate));
}
