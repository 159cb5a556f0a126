/** The setting drawn for each place of the format's vocabulary. */
import type { Place } from '../../../scenario/schema.ts';
import { seeded } from '../svg.ts';
import { branch } from './branch.ts';
import { council } from './council.ts';
import { doorstep, livingRoom } from './home.ts';
import { hotel } from './hotel.ts';
import { inbox } from './inbox.ts';
import { backOffice, contactCentre } from './office.ts';
import type { Setting } from './setting.ts';
import { shop } from './shop.ts';
import { surgery } from './surgery.ts';

/** `key` (the scenario's id) varies the details (the goods on the shelves, the door's colour), the same way every time. */
export function settingFor(place: Place, key = ''): Setting {
  const rand = seeded(`${place}|${key}`);
  switch (place) {
    case 'bank-branch':
    case 'building-society':
      return branch(place, rand);
    case 'council-desk':
      return council(rand);
    case 'gp-reception':
      return surgery(rand);
    case 'hotel-desk':
      return hotel();
    case 'shop-counter':
      return shop(rand);
    case 'contact-centre':
      return contactCentre(key);
    case 'back-office':
      return backOffice(rand);
    case 'customer-home':
      return livingRoom(rand);
    case 'doorstep':
      return doorstep(rand);
    case 'inbox':
      return inbox(rand);
  }
}
