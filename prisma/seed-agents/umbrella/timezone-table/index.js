// Converts one UTC instant into local times for a list of zones, using fixed standard offsets (optionally +1h summer time).
const ZONES = {
  'UTC': { offset: 0, dst: false },
  'Europe/London': { offset: 0, dst: true },
  'Europe/Berlin': { offset: 60, dst: true },
  'Europe/Paris': { offset: 60, dst: true },
  'Europe/Helsinki': { offset: 120, dst: true },
  'Europe/Moscow': { offset: 180, dst: false },
  'Asia/Dubai': { offset: 240, dst: false },
  'Asia/Kolkata': { offset: 330, dst: false },
  'Asia/Kathmandu': { offset: 345, dst: false },
  'Asia/Singapore': { offset: 480, dst: false },
  'Asia/Shanghai': { offset: 480, dst: false },
  'Asia/Tokyo': { offset: 540, dst: false },
  'Australia/Sydney': { offset: 600, dst: true },
  'Pacific/Auckland': { offset: 720, dst: true },
  'America/Sao_Paulo': { offset: -180, dst: false },
  'America/New_York': { offset: -300, dst: true },
  'America/Chicago': { offset: -360, dst: true },
  'America/Denver': { offset: -420, dst: true },
  'America/Los_Angeles': { offset: -480, dst: true },
  'Pacific/Honolulu': { offset: -600, dst: false },
};

const formatOffset = (minutes) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

export async function handle(input) {
  const instant = Date.parse(input.time);
  if (Number.isNaN(instant)) throw new Error(`"${input.time}" is not an ISO date-time`);
  const utcDay = new Date(instant).toISOString().slice(0, 10);
  const rows = input.zones.map((zone) => {
    const info = ZONES[zone];
    if (!info) return { zone, known: false, offset: null, offsetMinutes: null, local: null, dayShift: null };
    const minutes = info.offset + (input.summerTime && info.dst ? 60 : 0);
    const local = new Date(instant + minutes * 60_000).toISOString();
    const localDay = local.slice(0, 10);
    return {
      zone,
      known: true,
      offset: formatOffset(minutes),
      offsetMinutes: minutes,
      local: `${localDay} ${local.slice(11, 16)}`,
      dayShift: localDay === utcDay ? 0 : localDay > utcDay ? 1 : -1,
    };
  });
  return { utc: new Date(instant).toISOString(), rows };
}
