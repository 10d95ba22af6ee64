import type { Random } from "./random.js";

// English local authorities grouped by region (a trust's schools are near one another),
// each with real neighbourhoods and their postcode districts.

export interface LocalAuthority {
  name: string;
  areas: readonly (readonly [area: string, outward: string])[];
}

export interface Region {
  name: string;
  authorities: readonly LocalAuthority[];
}

export const REGIONS: readonly Region[] = [
  {
    name: "West Yorkshire",
    authorities: [
      {
        name: "Leeds",
        areas: [
          ["Headingley", "LS6"], ["Roundhay", "LS8"], ["Harehills", "LS9"], ["Horsforth", "LS18"],
          ["Armley", "LS12"], ["Beeston", "LS11"], ["Chapel Allerton", "LS7"], ["Seacroft", "LS14"],
          ["Pudsey", "LS28"], ["Garforth", "LS25"], ["Otley", "LS21"], ["Wetherby", "LS22"],
          ["Morley", "LS27"], ["Rothwell", "LS26"], ["Guiseley", "LS20"], ["Bramley", "LS13"],
          ["Cookridge", "LS16"], ["Crossgates", "LS15"],
        ],
      },
      {
        name: "Bradford",
        areas: [
          ["Shipley", "BD18"], ["Bingley", "BD16"], ["Keighley", "BD21"], ["Ilkley", "LS29"],
          ["Baildon", "BD17"], ["Eccleshill", "BD2"], ["Manningham", "BD8"], ["Thornton", "BD13"],
          ["Wibsey", "BD6"], ["Idle", "BD10"], ["Queensbury", "BD13"], ["Heaton", "BD9"],
        ],
      },
      {
        name: "Kirklees",
        areas: [
          ["Huddersfield", "HD1"], ["Dewsbury", "WF13"], ["Batley", "WF17"], ["Mirfield", "WF14"],
          ["Holmfirth", "HD9"], ["Marsden", "HD7"], ["Cleckheaton", "BD19"], ["Heckmondwike", "WF16"],
          ["Lindley", "HD3"], ["Almondbury", "HD5"],
        ],
      },
      {
        name: "Calderdale",
        areas: [
          ["Halifax", "HX1"], ["Brighouse", "HD6"], ["Elland", "HX5"], ["Sowerby Bridge", "HX6"],
          ["Hebden Bridge", "HX7"], ["Todmorden", "OL14"], ["Illingworth", "HX2"],
        ],
      },
      {
        name: "Wakefield",
        areas: [
          ["Ossett", "WF5"], ["Horbury", "WF4"], ["Castleford", "WF10"], ["Pontefract", "WF8"],
          ["Normanton", "WF6"], ["Hemsworth", "WF9"], ["Outwood", "WF1"], ["Knottingley", "WF11"],
        ],
      },
    ],
  },
  {
    name: "South Yorkshire",
    authorities: [
      {
        name: "Sheffield",
        areas: [
          ["Hillsborough", "S6"], ["Crookes", "S10"], ["Ecclesall", "S11"], ["Firth Park", "S5"],
          ["Darnall", "S9"], ["Woodseats", "S8"], ["Stocksbridge", "S36"], ["Gleadless", "S12"],
          ["Walkley", "S6"], ["Handsworth", "S13"],
        ],
      },
      {
        name: "Rotherham",
        areas: [
          ["Wath", "S63"], ["Maltby", "S66"], ["Rawmarsh", "S62"], ["Wickersley", "S66"],
          ["Dinnington", "S25"], ["Swinton", "S64"], ["Kimberworth", "S61"],
        ],
      },
      {
        name: "Doncaster",
        areas: [
          ["Bessacarr", "DN4"], ["Armthorpe", "DN3"], ["Thorne", "DN8"], ["Mexborough", "S64"],
          ["Bentley", "DN5"], ["Balby", "DN4"], ["Edlington", "DN12"],
        ],
      },
      {
        name: "Barnsley",
        areas: [
          ["Penistone", "S36"], ["Darfield", "S73"], ["Royston", "S71"], ["Hoyland", "S74"],
          ["Wombwell", "S73"], ["Dodworth", "S75"],
        ],
      },
    ],
  },
  {
    name: "Greater Manchester",
    authorities: [
      {
        name: "Manchester",
        areas: [
          ["Didsbury", "M20"], ["Chorlton", "M21"], ["Levenshulme", "M19"], ["Withington", "M20"],
          ["Moston", "M40"], ["Wythenshawe", "M22"], ["Gorton", "M18"], ["Burnage", "M19"],
        ],
      },
      {
        name: "Stockport",
        areas: [
          ["Bramhall", "SK7"], ["Marple", "SK6"], ["Cheadle", "SK8"], ["Reddish", "SK5"],
          ["Hazel Grove", "SK7"], ["Edgeley", "SK3"],
        ],
      },
      {
        name: "Salford",
        areas: [
          ["Eccles", "M30"], ["Swinton", "M27"], ["Walkden", "M28"], ["Irlam", "M44"],
          ["Pendleton", "M6"], ["Worsley", "M28"],
        ],
      },
      {
        name: "Trafford",
        areas: [
          ["Sale", "M33"], ["Altrincham", "WA14"], ["Stretford", "M32"], ["Urmston", "M41"],
          ["Partington", "M31"],
        ],
      },
      {
        name: "Bolton",
        areas: [
          ["Farnworth", "BL4"], ["Horwich", "BL6"], ["Westhoughton", "BL5"], ["Little Lever", "BL3"],
          ["Breightmet", "BL2"],
        ],
      },
    ],
  },
];

/** Names schools take from a feature rather than a district ("Riverside Academy"). */
export const PLACE_WORDS = [
  "Riverside", "Kingsmead", "Oakfield", "Meadowbank", "Hollybrook", "Ashfield", "Beechwood", "Brookside",
  "Fieldhead", "Greenhill", "Hawthorn", "Highfield", "Larkhill", "Moorside", "Northfield", "Parkside",
  "Ravenscliffe", "Rosewood", "Southfield", "Springfield", "Stonegate", "Thornhill", "Westfield", "Whitecote",
  "Willowbank", "Woodlands", "Birchwood", "Cherry Tree", "Elmfield", "Fernbank", "Foxwood", "Hillside",
  "Brackenwood", "Moorlands", "Greenside", "Lakeside", "Millfield", "Broadgate", "Windmill", "Churchfield",
  "Lowfield", "Applegarth", "Heathfield", "Copthorne", "Blenheim", "Harewood", "Swallow Hill", "Castle Hill",
  "Valley View", "Bankside", "Hollins", "Newlands", "Moortown", "Whinmoor", "Redhill", "Holme Valley",
] as const;

// Postcode inward codes never use C, I, K, M, O or V.
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** A real-looking full postcode in the district, e.g. "LS8 2QT". */
export function postcode(random: Random, outward: string): string {
  const letter = () => INWARD_LETTERS[random.int(0, INWARD_LETTERS.length - 1)]!;
  return `${outward} ${random.int(1, 9)}${letter()}${letter()}`;
}
