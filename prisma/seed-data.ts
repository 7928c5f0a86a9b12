// Reference and demo data loaded by prisma/seed.ts.
//
// Hubs, coalitions, topics and cities are reference data. Users and case
// studies are fictional demo content: every person, e-mail address and figure
// below is invented for illustration.

import type {
  CaseStudySeed,
  CitySeed,
  CoalitionSeed,
  DemoUserSeed,
  HubSeed,
  TopicSeed,
} from './seed-data.types'

// ---------------------------------------------------------------------------
// Hubs
// ---------------------------------------------------------------------------

export const hubs: HubSeed[] = [
  {
    slug: 'africa',
    name: 'Circulars Africa Hub',
    region: 'Africa',
    description:
      'The Circulars Africa Hub supports local and regional governments across the continent to move from linear waste management towards circular resource systems. It runs peer-learning exchanges between cities, offers technical assistance on organic waste, circular procurement and informal-sector inclusion, and helps municipalities prepare bankable circular projects.',
    contactEmail: 'africa.hub@example.org',
  },
  {
    slug: 'china',
    name: 'Circulars China Hub',
    region: 'China',
    description:
      'The Circulars China Hub works with Chinese cities and East Asian partners on circular development, from industrial symbiosis in eco-industrial parks to construction-waste recycling and low-carbon urban renewal. It facilitates city-to-city exchange, translates good practice between Chinese and international networks, and coordinates the Green Circular Cities Coalition.',
    contactEmail: 'china.hub@example.org',
  },
  {
    slug: 'usa',
    name: 'Circulars USA Hub',
    region: 'United States',
    description:
      'The Circulars USA Hub helps US municipalities embed circular economy principles in zero-waste plans, public purchasing and local economic development. It connects city staff through peer-learning cohorts, shares model procurement language and data methods, and links cities with the wider global network.',
    contactEmail: 'usa.hub@example.org',
  },
  {
    slug: 'south-america',
    name: 'Circulars South America Hub',
    region: 'South America',
    description:
      'The Circulars South America Hub accompanies cities in the region on sustainable urban food systems, inclusive recycling with waste-picker organisations and circular public procurement. It provides technical assistance and training in Spanish and Portuguese and coordinates the Urban Food Systems Coalition.',
    contactEmail: 'south-america.hub@example.org',
  },
]

// ---------------------------------------------------------------------------
// Coalitions and networks
// ---------------------------------------------------------------------------

export const coalitions: CoalitionSeed[] = [
  {
    slug: 'cityfood',
    name: 'CityFood',
    kind: 'COALITION',
    scope: 'Global',
    description:
      'CityFood is a global network of cities working together on sustainable, resilient urban food systems, from local sourcing and fair markets to food-waste prevention and the recovery of organic resources.',
    coordinatingHub: null,
    hubs: ['africa', 'china', 'usa', 'south-america'],
  },
  {
    slug: 'green-circular-cities-coalition',
    name: 'Green Circular Cities Coalition',
    kind: 'COALITION',
    scope: 'East Asia',
    description:
      'The Green Circular Cities Coalition brings together cities in China and wider East Asia to accelerate circular development, sharing approaches to industrial symbiosis, construction-waste recycling and low-carbon resource management.',
    coordinatingHub: 'china',
    hubs: ['china'],
  },
  {
    slug: 'urban-food-systems-coalition',
    name: 'Urban Food Systems Coalition',
    kind: 'COALITION',
    scope: 'South America',
    description:
      'The Urban Food Systems Coalition supports South American cities to build healthier and more circular food systems, linking peri-urban farmers with public food procurement and turning market and household organic waste into compost.',
    coordinatingHub: 'south-america',
    hubs: ['south-america'],
  },
  {
    slug: 'african-circular-economy-network',
    name: 'African Circular Economy Network',
    kind: 'NETWORK',
    scope: 'Africa',
    description:
      'The African Circular Economy Network is a partner network of the Circulars Africa Hub that connects African municipalities, practitioners and enterprises to exchange circular solutions suited to local contexts, including informal-sector recycling and repair economies.',
    coordinatingHub: 'africa',
    hubs: ['africa'],
  },
]

// ---------------------------------------------------------------------------
// Topics (parents before children)
// ---------------------------------------------------------------------------

export const topics: TopicSeed[] = [
  {
    slug: 'circular-public-procurement',
    name: 'Circular public procurement',
    description:
      'Using public purchasing power to buy goods, works and services that keep materials in use and design out waste.',
  },
  {
    slug: 'food-systems',
    name: 'Food systems',
    description:
      'Making urban food production, distribution and consumption more sustainable, resilient and less wasteful.',
  },
  {
    slug: 'industrial-symbiosis',
    name: 'Industrial symbiosis',
    description:
      'Connecting businesses so that the waste, by-products or surplus energy of one become the inputs of another.',
  },
  {
    slug: 'municipal-resource-management',
    name: 'Municipal resource management',
    description:
      'Managing the materials, water and energy that flow through a city as resources rather than waste.',
  },
  {
    slug: 'waste-prevention',
    name: 'Waste prevention',
    description:
      'Avoiding waste before it is created through better design, smarter consumption and reduced food loss.',
  },
  {
    slug: 'sharing-and-reuse',
    name: 'Sharing and reuse',
    description:
      'Extending the life of products through repair, reuse, refurbishment and shared access to goods and spaces.',
  },
  {
    slug: 'nature-based-solutions',
    name: 'Nature-based solutions',
    description:
      'Working with natural processes, such as composting, green infrastructure and urban agriculture, to regenerate urban ecosystems.',
  },
  {
    slug: 'citizen-participation',
    name: 'Citizen participation',
    description:
      'Involving residents, community groups and informal workers in designing and running circular initiatives.',
  },
  {
    slug: 'lifecycle-costing',
    name: 'Lifecycle costing',
    description:
      'Assessing tenders on the total cost of ownership, including operation, maintenance and end-of-life, not just the purchase price.',
    parent: 'circular-public-procurement',
  },
  {
    slug: 'local-sourcing',
    name: 'Local sourcing',
    description:
      'Favouring locally produced goods and services to shorten supply chains and strengthen the local circular economy.',
    parent: 'circular-public-procurement',
  },
  {
    slug: 'low-embodied-energy-and-water',
    name: 'Low embodied energy and water',
    description:
      'Selecting products and materials that need less energy and water to produce, transport and install.',
    parent: 'circular-public-procurement',
  },
  {
    slug: 'cradle-to-cradle',
    name: 'Cradle-to-cradle',
    description:
      'Procuring products designed so that their materials can be safely and fully recovered into new products at end of use.',
    parent: 'circular-public-procurement',
  },
]

// ---------------------------------------------------------------------------
// Cities (approximate city-proper populations from recent censuses/estimates)
// ---------------------------------------------------------------------------

export const cities: CitySeed[] = [
  // Africa hub
  {
    slug: 'accra',
    name: 'Accra',
    countryCode: 'GH',
    region: 'West Africa',
    population: 2388000,
    latitude: 5.6037,
    longitude: -0.187,
    hubs: ['africa'],
    coalitions: ['african-circular-economy-network', 'cityfood'],
  },
  {
    slug: 'cape-town',
    name: 'Cape Town',
    countryCode: 'ZA',
    region: 'Southern Africa',
    population: 4772846,
    latitude: -33.9249,
    longitude: 18.4241,
    hubs: ['africa'],
    coalitions: ['african-circular-economy-network', 'cityfood'],
  },
  {
    slug: 'nairobi',
    name: 'Nairobi',
    countryCode: 'KE',
    region: 'East Africa',
    population: 4397073,
    latitude: -1.2921,
    longitude: 36.8219,
    hubs: ['africa'],
    coalitions: ['african-circular-economy-network', 'cityfood'],
  },
  {
    slug: 'entebbe',
    name: 'Entebbe',
    countryCode: 'UG',
    region: 'East Africa',
    population: 69958,
    latitude: 0.0512,
    longitude: 32.4637,
    hubs: ['africa'],
    coalitions: [],
  },
  {
    slug: 'rabat',
    name: 'Rabat',
    countryCode: 'MA',
    region: 'North Africa',
    population: 577827,
    latitude: 34.0209,
    longitude: -6.8416,
    hubs: ['africa'],
    coalitions: [],
  },
  {
    slug: 'kampala',
    name: 'Kampala',
    countryCode: 'UG',
    region: 'East Africa',
    population: 1680600,
    latitude: 0.3476,
    longitude: 32.5825,
    hubs: ['africa'],
    coalitions: ['african-circular-economy-network', 'cityfood'],
  },
  {
    slug: 'lilongwe',
    name: 'Lilongwe',
    countryCode: 'MW',
    region: 'Southern Africa',
    population: 989318,
    latitude: -13.9626,
    longitude: 33.7741,
    hubs: ['africa'],
    coalitions: ['african-circular-economy-network'],
  },
  {
    slug: 'blantyre',
    name: 'Blantyre',
    countryCode: 'MW',
    region: 'Southern Africa',
    population: 800264,
    latitude: -15.7861,
    longitude: 35.0058,
    hubs: ['africa'],
    coalitions: ['cityfood'],
  },
  {
    slug: 'johannesburg',
    name: 'Johannesburg',
    countryCode: 'ZA',
    region: 'Southern Africa',
    population: 4803262,
    latitude: -26.2041,
    longitude: 28.0473,
    hubs: ['africa'],
    coalitions: [],
  },
  {
    slug: 'cairo',
    name: 'Cairo',
    countryCode: 'EG',
    region: 'North Africa',
    population: 9539673,
    latitude: 30.0444,
    longitude: 31.2357,
    hubs: ['africa'],
    coalitions: [],
  },

  // China hub (including East Asian partners of the Green Circular Cities Coalition)
  {
    slug: 'shanghai',
    name: 'Shanghai',
    countryCode: 'CN',
    region: 'East Asia',
    population: 24870895,
    latitude: 31.2304,
    longitude: 121.4737,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },
  {
    slug: 'shenzhen',
    name: 'Shenzhen',
    countryCode: 'CN',
    region: 'East Asia',
    population: 17494398,
    latitude: 22.5431,
    longitude: 114.0579,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },
  {
    slug: 'chengdu',
    name: 'Chengdu',
    countryCode: 'CN',
    region: 'East Asia',
    population: 20937757,
    latitude: 30.5728,
    longitude: 104.0668,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition', 'cityfood'],
  },
  {
    slug: 'xiamen',
    name: 'Xiamen',
    countryCode: 'CN',
    region: 'East Asia',
    population: 5163970,
    latitude: 24.4798,
    longitude: 118.0894,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },
  {
    slug: 'zhenjiang',
    name: 'Zhenjiang',
    countryCode: 'CN',
    region: 'East Asia',
    population: 3210418,
    latitude: 32.188,
    longitude: 119.425,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },
  {
    slug: 'seoul',
    name: 'Seoul',
    countryCode: 'KR',
    region: 'East Asia',
    population: 9586195,
    latitude: 37.5665,
    longitude: 126.978,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },
  {
    slug: 'yokohama',
    name: 'Yokohama',
    countryCode: 'JP',
    region: 'East Asia',
    population: 3771766,
    latitude: 35.4437,
    longitude: 139.638,
    hubs: ['china'],
    coalitions: ['green-circular-cities-coalition'],
  },

  // USA hub
  {
    slug: 'austin',
    name: 'Austin',
    countryCode: 'US',
    region: 'North America',
    population: 961855,
    latitude: 30.2672,
    longitude: -97.7431,
    hubs: ['usa'],
    coalitions: ['cityfood'],
  },
  {
    slug: 'phoenix',
    name: 'Phoenix',
    countryCode: 'US',
    region: 'North America',
    population: 1608139,
    latitude: 33.4484,
    longitude: -112.074,
    hubs: ['usa'],
    coalitions: [],
  },
  {
    slug: 'pittsburgh',
    name: 'Pittsburgh',
    countryCode: 'US',
    region: 'North America',
    population: 302971,
    latitude: 40.4406,
    longitude: -79.9959,
    hubs: ['usa'],
    coalitions: [],
  },
  {
    slug: 'minneapolis',
    name: 'Minneapolis',
    countryCode: 'US',
    region: 'North America',
    population: 429954,
    latitude: 44.9778,
    longitude: -93.265,
    hubs: ['usa'],
    coalitions: ['cityfood'],
  },
  {
    slug: 'portland-oregon',
    name: 'Portland',
    countryCode: 'US',
    region: 'North America',
    population: 652503,
    latitude: 45.5152,
    longitude: -122.6784,
    hubs: ['usa'],
    coalitions: [],
  },

  // South America hub
  {
    slug: 'bogota',
    name: 'Bogotá',
    countryCode: 'CO',
    region: 'South America',
    population: 7181469,
    latitude: 4.711,
    longitude: -74.0721,
    hubs: ['south-america'],
    coalitions: ['urban-food-systems-coalition', 'cityfood'],
  },
  {
    slug: 'quito',
    name: 'Quito',
    countryCode: 'EC',
    region: 'South America',
    population: 2011388,
    latitude: -0.1807,
    longitude: -78.4678,
    hubs: ['south-america'],
    coalitions: ['urban-food-systems-coalition', 'cityfood'],
  },
  {
    slug: 'lima',
    name: 'Lima',
    countryCode: 'PE',
    region: 'South America',
    population: 9674755,
    latitude: -12.0464,
    longitude: -77.0428,
    hubs: ['south-america'],
    coalitions: ['urban-food-systems-coalition'],
  },
  {
    slug: 'santiago',
    name: 'Santiago',
    countryCode: 'CL',
    region: 'South America',
    population: 6257516,
    latitude: -33.4489,
    longitude: -70.6693,
    hubs: ['south-america'],
    coalitions: [],
  },
  {
    slug: 'sao-paulo',
    name: 'São Paulo',
    countryCode: 'BR',
    region: 'South America',
    population: 11451245,
    latitude: -23.5505,
    longitude: -46.6333,
    hubs: ['south-america'],
    coalitions: ['urban-food-systems-coalition', 'cityfood'],
  },
  {
    slug: 'buenos-aires',
    name: 'Buenos Aires',
    countryCode: 'AR',
    region: 'South America',
    population: 3121707,
    latitude: -34.6037,
    longitude: -58.3816,
    hubs: ['south-america'],
    coalitions: [],
  },
]

// ---------------------------------------------------------------------------
// Demo users (fictional people; example.org addresses only)
// ---------------------------------------------------------------------------

export const demoUsers: DemoUserSeed[] = [
  {
    key: 'admin',
    email: 'admin@example.org',
    name: 'Marit Lindqvist-Osei',
    jobTitle: 'Network Administrator, Circulars Portal',
    isNetworkAdmin: true,
  },
  {
    key: 'africaManager',
    email: 'africa.manager@example.org',
    name: 'Thandeka Mabuza-Ochieng',
    jobTitle: 'Hub Manager, Circulars Africa Hub',
    hubRoles: [{ hub: 'africa', role: 'MANAGER' }],
  },
  {
    key: 'africaOfficer',
    email: 'africa.officer@example.org',
    name: 'Yaw Ofori-Danquah',
    jobTitle: 'Circular Economy Officer, Circulars Africa Hub',
    hubRoles: [{ hub: 'africa', role: 'OFFICER' }],
  },
  {
    key: 'chinaManager',
    email: 'china.manager@example.org',
    name: 'Zhou Meilan',
    jobTitle: 'Hub Manager, Circulars China Hub',
    hubRoles: [{ hub: 'china', role: 'MANAGER' }],
  },
  {
    key: 'accraOfficial',
    email: 'accra.official@example.org',
    name: 'Efua Quaye-Boateng',
    jobTitle: 'Circular Economy Programme Lead, Accra Metropolitan Assembly',
    city: { slug: 'accra', role: 'FOCAL_POINT' },
  },
  {
    key: 'nairobiOfficial',
    email: 'nairobi.official@example.org',
    name: 'Wanjiru Mwangi-Odhiambo',
    jobTitle: 'Senior Environment Officer, Nairobi City County',
    city: { slug: 'nairobi', role: 'OFFICIAL' },
  },
]

// ---------------------------------------------------------------------------
// Sample case studies (fictional illustrations; figures are illustrative)
// ---------------------------------------------------------------------------

const SAMPLE_NOTE_EN = '_Sample content for demonstration; figures are illustrative._'
const SAMPLE_NOTE_ES = '_Contenido de ejemplo para demostración; las cifras son ilustrativas._'
const SAMPLE_NOTE_PT = '_Conteúdo de exemplo para demonstração; os números são ilustrativos._'

export const caseStudies: CaseStudySeed[] = [
  {
    slug: 'accra-recycled-plastic-school-furniture',
    city: 'accra',
    status: 'PUBLISHED',
    title: 'School furniture from recycled plastic through circular procurement',
    summary:
      'Accra used its school-furniture tender to create local demand for recycled plastic, buying durable desks made from collected waste and taken back at end of life.',
    body: `## Context

Plastic waste blocks drains across Accra and contributes to seasonal flooding, while many public schools lack enough desks. The metropolitan assembly saw an opportunity to tackle both problems with a single purchasing decision.

## What the city did

The procurement unit rewrote its standard furniture tender so that suppliers could compete on circular criteria rather than price alone:

- a minimum share of post-consumer recycled plastic, collected within the metropolitan area;
- a take-back obligation so damaged desks return to the manufacturer for remanufacturing;
- a ten-year durability requirement backed by a warranty;
- partnerships with waste-picker groups for feedstock collection.

Two local small manufacturers won lots, working with informal collectors who are now paid per kilogram of sorted plastic.

## Results and lessons

The first deliveries reached 40 schools. Officials found that early market engagement, a supplier information day held months before publication, was essential: without it, few local firms would have been ready to bid.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2021,
    projectStatus: 'ONGOING',
    topics: ['circular-public-procurement', 'local-sourcing', 'cradle-to-cradle', 'waste-prevention'],
    coalitions: ['african-circular-economy-network'],
    procurementPractices: ['LOCAL_SOURCING', 'CRADLE_TO_CRADLE'],
    tenderClauses:
      'Furniture shall contain at least 60% post-consumer recycled plastic by weight, sourced within the Greater Accra Region and documented by chain-of-custody records. The supplier shall take back damaged or end-of-life items free of charge and remanufacture or recycle them. Products shall carry a minimum ten-year warranty.',
    metrics: [
      {
        type: 'MATERIALS_RECIRCULATED_T_PER_YEAR',
        value: 120,
        baselineYear: 2020,
        method: 'Supplier delivery records multiplied by the certified recycled-content share per unit.',
        verified: true,
      },
      {
        type: 'JOBS_CREATED',
        value: 35,
        baselineYear: 2020,
        method: 'Headcount reported by the two contracted manufacturers and their collector groups.',
        verified: false,
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        value: 850000,
        currency: 'GHS',
        baselineYear: 2020,
        method: 'Lifecycle cost over ten years compared with wooden desks replaced every three years, annualised.',
        verified: false,
      },
    ],
    author: 'accraOfficial',
    publishedDaysAgo: 45,
  },
  {
    slug: 'accra-market-organic-waste-composting',
    city: 'accra',
    status: 'PUBLISHED',
    title: 'Turning market organic waste into compost for urban farmers',
    summary:
      'A partnership between market associations, the assembly and a composting enterprise diverts food waste from Accra’s largest markets and returns it to peri-urban farms.',
    body: `## The challenge

Markets generate a large share of Accra’s municipal waste, and most of it is organic. Hauling it to distant disposal sites is costly and releases methane.

## The approach

The assembly signed agreements with market queens and traders’ associations to separate organic waste at source. Key steps included:

1. colour-coded bins and daily collection from designated market points;
2. a gate-fee arrangement with a composting enterprise on municipal land;
3. training for market cleaners on contamination checks;
4. sales of compost to vegetable farmers on the city fringe.

## Outcomes

Separation rates improved steadily after the first year as traders saw cleaner aisles and fewer collection delays. The compost now supports urban agriculture plots that supply the same markets, closing a local nutrient loop.

## Next steps

The city plans to extend the model to two further markets and to test a small biogas unit for residues that are unsuitable for composting.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2018,
    projectStatus: 'ONGOING',
    topics: ['food-systems', 'waste-prevention', 'municipal-resource-management', 'nature-based-solutions'],
    coalitions: ['cityfood', 'african-circular-economy-network'],
    metrics: [
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        value: 4200,
        baselineYear: 2017,
        method: 'Weighbridge records at the composting site.',
        verified: true,
      },
      {
        type: 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR',
        value: 2600,
        baselineYear: 2017,
        method: 'IPCC default emission factors for landfilled food waste versus aerobic composting.',
        verified: false,
      },
    ],
    author: 'accraOfficial',
    publishedDaysAgo: 210,
  },
  {
    slug: 'nairobi-street-lighting-lifecycle-costing',
    city: 'nairobi',
    status: 'PUBLISHED',
    title: 'Lifecycle costing in Nairobi’s street-lighting retrofit tender',
    summary:
      'Nairobi evaluated street-lighting bids on total cost of ownership, favouring modular LED luminaires that can be repaired and upgraded rather than replaced.',
    body: `## Background

Nairobi’s ageing street lights consumed large amounts of electricity and failed often, leaving streets dark and maintenance budgets stretched.

## A different way to buy

Instead of awarding the contract to the lowest purchase price, the county evaluated bids on a fifteen-year lifecycle cost. The tender:

- weighted energy use, maintenance and end-of-life costs alongside capital cost;
- required modular luminaires with replaceable drivers and LED boards;
- asked bidders to declare the embodied energy of poles and fittings;
- included a take-back clause for removed luminaires and old lamps.

## What changed

The winning bid was not the cheapest up front but delivered the lowest total cost. Repairs now involve swapping a single module instead of the whole fitting, and removed sodium lamps are sent to a licensed recycler.

## Lessons for other cities

Finance and procurement staff needed joint training to trust lifecycle figures. A simple, published calculation template made the evaluation transparent for bidders.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2022,
    projectStatus: 'COMPLETED',
    topics: ['circular-public-procurement', 'lifecycle-costing', 'low-embodied-energy-and-water'],
    coalitions: ['african-circular-economy-network'],
    procurementPractices: ['LIFECYCLE_COSTING', 'LOW_EMBODIED_ENERGY_AND_WATER'],
    tenderClauses:
      'Bids shall be evaluated on total cost of ownership over 15 years, including energy consumption, scheduled maintenance, spare parts and end-of-life handling. Luminaires shall be modular, with drivers and LED boards replaceable on site using standard tools. The contractor shall take back removed luminaires and lamps for recycling by a licensed facility.',
    metrics: [
      {
        type: 'ENERGY_SAVED_MWH_PER_YEAR',
        value: 3100,
        baselineYear: 2021,
        method: 'Metered consumption of retrofitted circuits compared with the 2021 baseline.',
        verified: true,
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        value: 96000000,
        currency: 'KES',
        baselineYear: 2021,
        method: 'Annual electricity and maintenance spend before and after the retrofit.',
        verified: false,
      },
    ],
    author: 'nairobiOfficial',
    publishedDaysAgo: 12,
  },
  {
    slug: 'nairobi-community-repair-and-reuse-hubs',
    city: 'nairobi',
    status: 'SUBMITTED',
    title: 'Community repair and reuse hubs in Nairobi neighbourhoods',
    summary:
      'Nairobi is piloting ward-level hubs where artisans repair electronics, furniture and clothing, keeping goods in use and supporting local livelihoods.',
    body: `## Why repair hubs

Nairobi already has a vibrant informal repair economy, but artisans often work without secure premises or tools. The county wanted to recognise and strengthen this work as part of its circular economy agenda.

## The pilot

Three wards host repair hubs in renovated county buildings. Each hub offers:

- workbenches and shared tools for electronics, furniture and tailoring;
- a reuse corner where residents drop off items they no longer need;
- monthly repair days run with youth groups and schools;
- simple record-keeping of items repaired and resold.

## Early observations

Residents value being able to bring broken phones and radios to a trusted place. Artisans report steadier incomes, and the reuse corners have become community meeting points. The main challenge is access to spare parts, which the county is discussing with local importers.

## Next steps

The county will decide on expansion after a full year of monitoring data.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2024,
    projectStatus: 'ONGOING',
    topics: ['sharing-and-reuse', 'citizen-participation', 'waste-prevention'],
    coalitions: [],
    metrics: [
      {
        type: 'MATERIALS_RECIRCULATED_T_PER_YEAR',
        value: 85,
        baselineYear: 2023,
        method: 'Estimated from hub logbooks using average item weights per category.',
        verified: false,
      },
      {
        type: 'JOBS_CREATED',
        value: 24,
        baselineYear: 2023,
        method: 'Number of artisans working regularly at the three hubs.',
        verified: false,
      },
    ],
    author: 'nairobiOfficial',
  },
  {
    slug: 'cape-town-industrial-symbiosis-programme',
    city: 'cape-town',
    status: 'PUBLISHED',
    title: 'Matching business by-products through an industrial symbiosis programme',
    summary:
      'A city-supported facilitation service connects companies so that one firm’s waste becomes another’s raw material, cutting landfill use and costs.',
    body: `## Overview

Landfill space around Cape Town is scarce and expensive. The city supports a facilitation service that helps companies find uses for their by-products.

## How it works

Facilitators visit businesses, list their waste streams and needs, and broker exchanges during regular workshops. Typical synergies include:

- food-processing residues used as animal feed or compost feedstock;
- offcuts of timber and pallets reused by furniture makers;
- waste oils and solvents recovered for industrial use;
- packaging materials shared between logistics firms.

## Results

Hundreds of synergies have been identified since the programme began, and many have become routine commercial arrangements. Participating companies report lower disposal bills and new revenue from materials they once paid to dump.

## Lessons

A neutral, trusted facilitator matters more than a digital marketplace on its own. The city’s role is to convene, fund facilitation and align by-law and permitting processes so that legitimate reuse is not treated as waste disposal.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2016,
    projectStatus: 'ONGOING',
    topics: ['industrial-symbiosis', 'municipal-resource-management'],
    coalitions: ['african-circular-economy-network'],
    metrics: [
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        value: 18500,
        baselineYear: 2015,
        method: 'Sum of tonnages reported by participating companies for completed synergies.',
        verified: true,
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        value: 42000000,
        currency: 'ZAR',
        baselineYear: 2015,
        method: 'Avoided disposal fees plus additional revenue reported by participants.',
        verified: false,
      },
      {
        type: 'JOBS_CREATED',
        value: 60,
        baselineYear: 2015,
        method: 'Survey of participating companies.',
        verified: false,
      },
    ],
    author: 'admin',
    publishedDaysAgo: 98,
  },
  {
    slug: 'kampala-market-waste-briquettes-urban-farming',
    city: 'kampala',
    status: 'CHANGES_REQUESTED',
    title: 'Market waste to fuel briquettes and compost for urban farming',
    summary:
      'Kampala works with youth enterprises to turn market organic waste into cooking briquettes and compost for school and community gardens.',
    body: `## Context

Kampala’s markets produce large volumes of banana peels, vegetable residues and other organic waste. At the same time, many households rely on charcoal for cooking, adding pressure on forests.

## The initiative

The city authority allocated space near two markets for youth-led enterprises that:

- collect separated organic waste from market vendors;
- carbonise and press part of it into cooking briquettes;
- compost the remainder for school and community gardens;
- sell briquettes through women’s savings groups.

## Early results

Vendors report cleaner market grounds, and schools use the compost to grow vegetables for meals. Briquette demand is growing as households find them cheaper than charcoal.

## Open questions

The team is still refining how it measures emissions avoided from reduced charcoal use and how to finance drying sheds for the rainy season.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2020,
    projectStatus: 'ONGOING',
    topics: ['food-systems', 'nature-based-solutions', 'waste-prevention'],
    coalitions: ['cityfood', 'african-circular-economy-network'],
    metrics: [
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        value: 2300,
        baselineYear: 2019,
        method: 'Collection logs from the youth enterprises.',
        verified: false,
      },
      {
        type: 'JOBS_CREATED',
        value: 48,
        baselineYear: 2019,
        method: 'Members of the participating youth enterprises.',
        verified: false,
      },
    ],
    author: 'admin',
    rejectionReason:
      'Please explain how the waste tonnage was measured and add the method used for the charcoal substitution estimate before publication.',
  },
  {
    slug: 'shenzhen-construction-demolition-waste-recycling',
    city: 'shenzhen',
    status: 'PUBLISHED',
    title: 'Recycling construction and demolition waste into new building materials',
    summary:
      'Shenzhen links demolition permits, on-site sorting and recycled-content requirements in public works to keep construction materials in use.',
    body: `## The problem

Rapid urban renewal in Shenzhen produces very large volumes of construction and demolition waste, and suitable disposal sites are running out.

## Policy package

The city combined regulation, infrastructure and demand-side measures:

- demolition permits conditional on a waste management plan;
- mobile crushing and sorting on major sites;
- licensed recycling plants producing aggregates, bricks and paving blocks;
- minimum recycled-content requirements for selected public works.

## Results

Recycled aggregates are now routinely used in road sub-bases and non-structural elements. Linking supply with guaranteed public demand gave recyclers the confidence to invest in better equipment.

## Lessons for coalition members

Quality standards for recycled products were decisive: engineers accepted recycled materials once test methods and specifications were clear. Tracking truckloads digitally from site to plant also reduced illegal dumping.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2017,
    projectStatus: 'ONGOING',
    topics: ['municipal-resource-management', 'industrial-symbiosis', 'circular-public-procurement'],
    coalitions: ['green-circular-cities-coalition'],
    metrics: [
      {
        type: 'MATERIALS_RECIRCULATED_T_PER_YEAR',
        value: 950000,
        baselineYear: 2016,
        method: 'Output of licensed recycling plants reported to the city.',
        verified: true,
      },
      {
        type: 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR',
        value: 38000,
        baselineYear: 2016,
        method: 'Avoided virgin aggregate production and transport, using national emission factors.',
        verified: false,
      },
    ],
    author: 'admin',
    publishedDaysAgo: 160,
  },
  {
    slug: 'austin-low-carbon-construction-materials-procurement',
    city: 'austin',
    status: 'PUBLISHED',
    title: 'Low-carbon, locally sourced materials in public works contracts',
    summary:
      'Austin added embodied-carbon and local-sourcing criteria to public works tenders, favouring recycled concrete and regional suppliers.',
    body: `## Starting point

Public works are among the largest purchases any city makes. Austin wanted its capital programme to reflect its climate and zero-waste goals.

## Tender changes

Working with engineers and suppliers, the city introduced:

- environmental product declarations for concrete, asphalt and steel;
- maximum embodied-carbon thresholds for standard concrete mixes;
- credit for recycled aggregates and reclaimed asphalt;
- evaluation points for materials sourced within the region.

## Results

Contractors responded quickly once expectations were clear and phased in. Recycled content rose in sidewalk and road projects, and regional suppliers gained a larger share of contracts.

## Lessons

Publishing the thresholds a year ahead gave suppliers time to adjust. Pilot projects helped engineers gain confidence in performance before the criteria became standard.

${SAMPLE_NOTE_EN}`,
    language: 'en',
    startYear: 2023,
    projectStatus: 'ONGOING',
    topics: ['circular-public-procurement', 'low-embodied-energy-and-water', 'local-sourcing'],
    coalitions: [],
    procurementPractices: ['LOW_EMBODIED_ENERGY_AND_WATER', 'LOCAL_SOURCING'],
    tenderClauses:
      'Bidders shall submit product-specific environmental product declarations for concrete, asphalt and reinforcing steel. Concrete mixes shall not exceed the published embodied-carbon threshold for their strength class. Additional evaluation points are awarded for recycled aggregate content and for materials extracted or manufactured within 500 miles of the project site.',
    metrics: [
      {
        type: 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR',
        value: 5400,
        baselineYear: 2022,
        method: 'Difference between declared EPD values and regional baseline mixes, multiplied by annual volumes.',
        verified: false,
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        value: 1200000,
        currency: 'USD',
        baselineYear: 2022,
        method: 'Avoided disposal and haulage costs for reclaimed materials reused on site.',
        verified: false,
      },
    ],
    author: 'admin',
    publishedDaysAgo: 3,
  },
  {
    slug: 'bogota-compra-publica-alimentos-campesinos',
    city: 'bogota',
    status: 'PUBLISHED',
    title: 'Compra pública de alimentos a productores campesinos para comedores escolares',
    summary:
      'Bogotá destina parte de la compra de alimentos de sus comedores escolares a organizaciones campesinas de la región, acortando cadenas y reduciendo pérdidas.',
    body: `## Contexto

Bogotá sirve diariamente miles de comidas en colegios y comedores comunitarios. La mayoría de los alimentos llegaba a través de largas cadenas de intermediarios, con pérdidas por transporte y almacenamiento.

## Qué hizo la ciudad

La administración ajustó sus procesos de compra para facilitar la participación de pequeños productores:

- lotes pequeños adaptados a la capacidad de las asociaciones campesinas;
- puntos adicionales por origen regional y producción agroecológica;
- planificación conjunta de menús según la temporada de cosecha;
- centros de acopio donde se clasifican los excedentes para donación o compostaje.

## Resultados

Las organizaciones campesinas aumentaron su participación en los contratos y los colegios reciben productos más frescos. Los residuos orgánicos de los centros de acopio se compostan y vuelven a las fincas.

## Aprendizajes

La asistencia técnica a las asociaciones para cumplir requisitos sanitarios y de facturación fue tan importante como el cambio en los pliegos.

${SAMPLE_NOTE_ES}`,
    language: 'es',
    startYear: 2019,
    projectStatus: 'ONGOING',
    topics: ['food-systems', 'circular-public-procurement', 'local-sourcing'],
    coalitions: ['urban-food-systems-coalition', 'cityfood'],
    procurementPractices: ['LOCAL_SOURCING'],
    tenderClauses:
      'Se otorgarán puntos adicionales a las ofertas que provengan de organizaciones de productores campesinos de la región y de sistemas de producción agroecológica. El proveedor deberá coordinar con el centro de acopio la recuperación de excedentes aptos para donación y la entrega de residuos orgánicos para compostaje.',
    metrics: [
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        value: 650,
        baselineYear: 2018,
        method: 'Registros de pesaje en los centros de acopio.',
        verified: true,
      },
      {
        type: 'JOBS_CREATED',
        value: 120,
        baselineYear: 2018,
        method: 'Empleos reportados por las asociaciones campesinas contratadas.',
        verified: false,
      },
    ],
    author: 'admin',
    publishedDaysAgo: 275,
  },
  {
    slug: 'sao-paulo-compostagem-feiras-livres',
    city: 'sao-paulo',
    status: 'DRAFT',
    title: 'Compostagem descentralizada dos resíduos das feiras livres',
    summary:
      'São Paulo planeja ampliar pátios de compostagem de bairro que recebem resíduos orgânicos das feiras livres e devolvem composto a hortas urbanas.',
    body: `## Contexto

As feiras livres de São Paulo geram grandes volumes de resíduos orgânicos todos os dias. Grande parte ainda segue para aterros distantes, com custos elevados de transporte.

## Proposta

A prefeitura pretende ampliar a rede de pátios de compostagem de pequeno porte, próximos às feiras, com:

- separação dos resíduos orgânicos pelos feirantes no fim de cada feira;
- coleta dedicada até o pátio mais próximo;
- compostagem em leiras com acompanhamento técnico;
- distribuição gratuita do composto a hortas comunitárias e escolares.

## Resultados esperados

A meta é reduzir o volume enviado a aterros, diminuir custos de coleta e fortalecer a agricultura urbana. A participação dos feirantes e dos moradores do entorno será essencial para evitar contaminação.

## Próximos passos

O projeto está em fase de planejamento, com definição dos novos terrenos e do modelo de monitoramento.

${SAMPLE_NOTE_PT}`,
    language: 'pt',
    startYear: 2025,
    projectStatus: 'PLANNED',
    topics: ['food-systems', 'waste-prevention', 'nature-based-solutions', 'citizen-participation'],
    coalitions: ['urban-food-systems-coalition'],
    metrics: [
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        value: 9000,
        baselineYear: 2024,
        method: 'Meta estimada a partir da geração média de resíduos por feira.',
        verified: false,
      },
    ],
    author: 'admin',
  },
]

/**
 * Demo translations of sample case studies (fictional, like the samples): one by a person and
 * approved by the hub, two by a machine waiting for review. Stamped with the source's hash at
 * seeding time, so they are current.
 */
export type TranslationSeed = {
  caseStudy: string
  language: string
  origin: 'HUMAN' | 'MACHINE'
  /** Demo user keys; null translator: a machine. */
  translator: string | null
  reviewer: string | null
  reviewHub: string | null
  fields: { title: string; summary: string; body: string; tenderClauses?: string }
}

export const translations: TranslationSeed[] = [
  {
    caseStudy: 'accra-market-organic-waste-composting',
    language: 'es',
    origin: 'HUMAN',
    translator: 'accraOfficial',
    reviewer: 'africaOfficer',
    reviewHub: 'africa',
    fields: {
      title: 'Convertir los residuos orgánicos de los mercados en compost para agricultores urbanos',
      summary:
        'Una alianza entre las asociaciones de mercado, la asamblea y una empresa de compostaje desvía los desperdicios de alimentos de los mayores mercados de Accra y los devuelve a las fincas periurbanas.',
      body: `## El desafío

Los mercados generan una gran parte de los residuos municipales de Accra, y la mayoría es orgánica. Llevarlos a vertederos lejanos es costoso y libera metano.

## El enfoque

La asamblea firmó acuerdos con las reinas de los mercados y las asociaciones de comerciantes para separar los residuos orgánicos en origen. Los pasos clave fueron:

1. contenedores por colores y recogida diaria en puntos designados del mercado;
2. una tarifa de entrada pactada con una empresa de compostaje en terreno municipal;
3. formación del personal de limpieza de los mercados para detectar contaminación;
4. venta del compost a productores de hortalizas de la periferia.

## Resultados

La separación mejoró de forma constante tras el primer año, a medida que los comerciantes vieron pasillos más limpios y menos retrasos en la recogida. El compost alimenta ahora parcelas de agricultura urbana que abastecen a los mismos mercados y cierra un ciclo local de nutrientes.

## Próximos pasos

La ciudad planea extender el modelo a otros dos mercados y probar una pequeña unidad de biogás para los residuos que no sirven para compostar.

_Contenido de ejemplo para demostración; las cifras son ilustrativas._`,
    },
  },
  {
    caseStudy: 'accra-market-organic-waste-composting',
    language: 'fr',
    origin: 'MACHINE',
    translator: null,
    reviewer: null,
    reviewHub: null,
    fields: {
      title: 'Transformer les déchets organiques des marchés en compost pour les agriculteurs urbains',
      summary:
        'Un partenariat entre les associations de marché, l’assemblée et une entreprise de compostage détourne le gaspillage alimentaire des plus grands marchés d’Accra et le renvoie vers les fermes périurbaines.',
      body: `## Le défi

Les marchés produisent une grande part des déchets municipaux d’Accra, et la plupart sont organiques. Les transporter vers des sites d’élimination éloignés coûte cher et libère du méthane.

## L’approche

L’assemblée a signé des accords avec les reines des marchés et les associations de commerçants pour trier les déchets organiques à la source.

## Résultats

Le taux de tri s’est amélioré régulièrement après la première année. Le compost alimente désormais des parcelles d’agriculture urbaine qui approvisionnent les mêmes marchés.

_Contenu d’exemple pour démonstration ; les chiffres sont illustratifs._`,
    },
  },
  {
    caseStudy: 'nairobi-street-lighting-lifecycle-costing',
    language: 'pt',
    origin: 'MACHINE',
    translator: null,
    reviewer: null,
    reviewHub: null,
    fields: {
      title: 'Custeio do ciclo de vida na licitação de modernização da iluminação pública de Nairóbi',
      summary:
        'Nairóbi avaliou as propostas de iluminação pública pelo custo total de propriedade, favorecendo luminárias LED modulares que podem ser consertadas e atualizadas em vez de substituídas.',
      body: `## Antecedentes

A antiga iluminação pública de Nairóbi consumia muita eletricidade e falhava com frequência, deixando ruas escuras e orçamentos de manutenção apertados.

## Uma outra forma de comprar

Em vez de adjudicar o contrato pelo menor preço de compra, o condado avaliou as propostas pelo custo do ciclo de vida em quinze anos. A licitação:

- ponderou o uso de energia, a manutenção e os custos de fim de vida junto com o custo de capital;
- exigiu luminárias modulares com drivers e placas de LED substituíveis;
- pediu aos licitantes que declarassem a energia incorporada dos postes e acessórios;
- incluiu uma cláusula de recolhimento das luminárias e lâmpadas retiradas.

## O que mudou

A proposta vencedora não era a mais barata de início, mas teve o menor custo total. Os reparos agora consistem em trocar um único módulo em vez da luminária inteira, e as lâmpadas de sódio retiradas vão para um reciclador licenciado.

## O que outras cidades podem aprender

As equipes de finanças e de compras precisaram de formação conjunta para confiar nos números do ciclo de vida. Um modelo de cálculo simples e publicado tornou a avaliação transparente para os licitantes.

_Conteúdo de exemplo para demonstração; os números são ilustrativos._`,
      tenderClauses:
        'As propostas serão avaliadas pelo custo total de propriedade em 15 anos, incluindo consumo de energia, manutenção programada, peças de reposição e tratamento no fim de vida. As luminárias serão modulares, com drivers e placas de LED substituíveis no local com ferramentas comuns. O contratado recolherá as luminárias e lâmpadas retiradas para reciclagem por uma instalação licenciada.',
    },
  },
]
