/**
 * Is the declared flavor one the Hub offers? Asked only when the flavor is about to be
 * requested: the Hub's catalogue (`GET /api/spaces/hardware`) when it answers, else the flavors
 * the official clients know.
 */
import type { HubClient } from '../hub/client.js'
import { listSpaceHardware } from '../hub/space-hardware.js'

/** huggingface_hub's SpaceHardware and the Hub's OpenAPI enum (2026-08). */
const KNOWN_FLAVORS = [
  'cpu-basic',
  'cpu-upgrade',
  'cpu-performance',
  'cpu-xl',
  'sprx8',
  'zero-a10g',
  't4-small',
  't4-medium',
  'l4x1',
  'l4x4',
  'l40sx1',
  'l40sx4',
  'l40sx8',
  'a10g-small',
  'a10g-large',
  'a10g-largex2',
  'a10g-largex4',
  'a100-large',
  'a100x4',
  'a100x8',
  'h200',
  'h200x2',
  'h200x4',
  'h200x8',
  'rtx-pro-6000',
  'rtx-pro-6000x2',
  'rtx-pro-6000x4',
  'rtx-pro-6000x8',
  'inf2x6'
]

/** Throws a clear error listing the flavors when `flavor` is not one of them. */
export async function checkFlavor(client: HubClient, flavor: string): Promise<void> {
  let flavors = KNOWN_FLAVORS
  let source = 'the flavors the Hub documents'
  try {
    const listed = (await listSpaceHardware(client)).map((f) => f.name).filter(Boolean)
    if (listed.length > 0) {
      flavors = listed
      source = 'the Hub lists'
    }
  } catch {
    // An older Hub or a mirror without the catalogue: the documented list decides.
  }
  if (!flavors.includes(flavor)) {
    throw new Error(
      `Input 'hardware' is '${flavor}', which is not a Space hardware flavor: use one of ${flavors.join(', ')} (${source}).`
    )
  }
}
