/**
 * Does a search query say that someone may be in danger? Then search shows help above every result (CrisisBox,
 * browser/controller.ts) and puts the Get help page first. `detectCrisis` also says what KIND of help comes first and
 * in which LANGUAGE the query was typed:
 * - `emergency`: an overdose or poisoning, someone not breathing, not waking, not responding, having a seizure,
 *   turning blue, bleeding that will not stop. The box leads with "Call 911 now".
 * - `violence`: a wish, urge or threat to hurt or kill someone else, or someone at home hurting or threatening the
 *   reader. 911 first for immediate danger, then 988.
 * - `suicide`: suicide and self-harm, said directly or not (hopelessness, being a burden, goodbyes, a plan, a means),
 *   and the words "crisis" and "hotline". 988 first (call or text), 911 for immediate danger.
 *
 * The rule (also in the README, "How search reads a query"): lean to showing help. Showing help to someone who did
 * not need it costs a glance; missing someone who did could cost a life. Any query that names suicide, self-harm, an
 * overdose or poisoning shows the box, whatever words sit around it ("what is an overdose", "veterans crisis line").
 * Words about recovery or preparedness alone do not ("relapse", "naloxone", "harm reduction", "cutting back").
 *
 * Method, and why: phrase patterns over word classes, after normalization. A word list matched phrase by phrase
 * (this file's first version) found the phrasings it was built from and missed most others ("my son isn't breathing",
 * "ya no puedo más"). A statistical classifier would need thousands of labelled real queries in both languages,
 * which no public source offers for search boxes, and it could not say why it fired or be fixed by a reviewer. So:
 * 1. Normalize: lower case, no accents or apostrophes, contractions and text-speak expanded ("isn't" -> "is not",
 *    "wanna", "kms", "kiero", "q").
 * 2. Tag each word with classes: a class is a small regular expression over one word, which also does the stemming
 *    ("respira", "respiraba", "respirar" are all RESPIR). Long key words tolerate one typo on their own (`FUZZY`:
 *    "suicde", "unresposive"); inside a pattern of two or more words, one word may carry one typo ("beter off dead").
 * 3. Match patterns: each is a kind, a language and a short sequence of classes or words, in order, with up to
 *    `GAP` other words between two of them, and optionally a regular expression that vetoes it ("not responding to
 *    treatment"). The notation is explained above PATTERNS.
 * Patterns are tried in order and the first that matches gives the kind: a few suicide patterns that share words
 * with emergencies ("i hope i don't wake up"), then emergencies (911 first if anything says someone may be dying),
 * then violence, then suicide and self-harm. The language is the one whose common words the query uses most, or
 * else the matching pattern's.
 *
 * Tuned on the tuning half of crisis-corpus.ts (crisis-query.test.ts); the held-out half is measured on the built
 * site (crisis-heldout.browser.test.ts). To add a phrasing that is missed: add it at the end of its group in the
 * corpus, then a class word or a pattern here, and run both.
 */
import { editDistance } from '../../lib/edit-distance.ts';

/** The help a query needs first: 911 (a medical emergency), 911 then 988 (violence), or 988 (suicide, self-harm). */
export type CrisisKind = 'emergency' | 'suicide' | 'violence';
/** The language a query was typed in. */
export type CrisisLang = 'en' | 'es';
/** What detectCrisis found. */
export interface CrisisMatch {
  kind: CrisisKind;
  lang: CrisisLang;
}

/** Short forms and common misspellings, expanded word by word after apostrophes are dropped. */
const EXPAND: Record<string, string> = {
  // English
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  youre: 'you are',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  whats: 'what is',
  thats: 'that is',
  theres: 'there is',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  aint: 'is not',
  havent: 'have not',
  hasnt: 'has not',
  u: 'you',
  ur: 'your',
  r: 'are',
  noone: 'no one',
  kms: 'kill myself',
  kys: 'kill yourself',
  myslef: 'myself',
  slef: 'self',
  hram: 'harm',
  ded: 'dead',
  dieing: 'dying',
  tonite: 'tonight',
  rn: 'right now',
  // Spanish
  q: 'que',
  k: 'que',
  xq: 'por que',
  pq: 'por que',
  porq: 'por que',
  kiero: 'quiero',
  qiero: 'quiero',
  kero: 'quiero',
  qero: 'quiero',
  toy: 'estoy',
  d: 'de',
};

/** Lower case, no accents, no apostrophes, one space between words, short forms expanded. */
export function normalizeForCrisis(q: string): string {
  return q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\bo\.?d'(d|ed|ing)\b/g, (_, end: string) => (end === 'ing' ? 'oding' : 'oded'))
    .replace(/\bo\.d\.?(?=\s|$)/g, 'od')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bmy self\b/g, 'myself')
    .trim()
    .split(' ')
    .map((w) => EXPAND[w] ?? w)
    .join(' ');
}

/** Word classes: each a regular expression over one normalized word. */
const CLASS_SOURCES: Record<string, string> = {
  // Both languages
  EMERG: 'emergency|emergencia|911|ambulance|ambulancia',
  CRISIS: 'crisis|hotline|helpline|lifeline',
  HOPELESS: 'hopeless\\w*',
  HOMICIDE: 'homicid(al|e|es)',
  HOMICIDA: 'homicid(a|as|io|ios)',
  // English
  SUICIDE:
    'suicide|suicides|suicidal\\w*|suicidality|suicid|sucide\\w*|sucidal|suicde|suiside\\w*|suicidle|sueside|suside|sewerslide|unalive\\w*',
  OD: 'overdos\\w*|overdoes|overdoze\\w*|od|ods|oded|oding',
  POISON: 'poison\\w*',
  UNCONSCIOUS: 'unrespons\\w*|unconscious\\w*|unconcious|unconsious|comatose',
  SEIZE: 'seizure\\w*|seizing|seized|convuls\\w*',
  COLLAPSE: 'collapsed|collapsing|fainted|foaming|foam|gurgling|gurgle\\w*',
  NEG: 'not|no|never|nothing|nobody|none|nor',
  WANT: 'want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hoping|care|feel|like|need|plan',
  LIVE: 'live|living|alive|exist|existing|wake|awake|waking',
  DIE: 'die|dying',
  KILL: 'kill|kills|killing|killed',
  SELF: 'myself|himself|herself|themselves|themself|yourself|ourselves|self',
  BREATHE: 'breath\\w*|breth\\w*|breeth\\w*',
  WAKE: 'wake|wakes|waking|woke|awake|awaken\\w*|wakeup',
  RESPOND: 'respond|responds|responding|responsive|react|reacts|reacting|moving|move|moves|conscious',
  BLUE: 'blue|bluish|gray|grey|purple',
  OTHERS:
    'someone|somebody|others|people|everyone|everybody|him|her|them|us|person|wife|husband|kid|kids|baby|babies|child|children|son|daughter|mom|mother|dad|father|family|boss|teacher|coworkers?|neighbou?r|girlfriend|boyfriend|partner|brother|sister|school|classmates?|roommate',
  PERSON:
    'he|she|they|him|her|his|son|daughter|husband|wife|mom|mother|mum|dad|father|brother|sister|friend|boyfriend|girlfriend|bf|gf|partner|roommate|kid|child|baby|toddler|teen|teenager|grandma|grandpa|someone|somebody|person|guy|girl|boy|man|woman|uncle|aunt|cousin|spouse',
  HARM: 'kill|kills|killing|murder\\w*|hurt|hurts|hurting|harm|harms|harming|stab\\w*|shoot|shooting|strangl\\w*|choke|choking|beat|beating|attack\\w*|hit|hitting|punch\\w*|slap\\w*',
  SELFHARM:
    'hurt|hurts|hurting|harm|harms|harming|cut|cuts|cutting|burn|burns|burning|burned|hit|hits|hitting|punch\\w*|scratch\\w*|starve|starving|punish\\w*|injur\\w*|bruis\\w*|carv\\w*',
  PILL: 'pill|pills|pils|tablets?|tylenol|advil|motrin|aleve|excedrin|ibuprofen\\w*|acetaminophen|paracetamol|aspirin|xanax|xans|bars|percs|percocets?|oxy\\w*|vicodin|fentanyl|fent|heroin|meds|medications?|medicines?|insulin|benadryl|melatonin|opioids?|opiates?|molly|mdma|ecstasy|edibles?|sleeping|antidepressants?|lithium|seroquel|klonopin|valium|ativan|adderall|gabapentin|tramadol|morphine|methadone|\\d+mg|mg',
  POISONOUS:
    'bleach|antifreeze|cleaners?|detergent|pods?|battery|batteries|lye|pesticides?|poison|gasoline|thinner|sanitizer|ammonia|chemicals?',
  TOOK: 'took|take|taken|ate|eaten|swallowed|swallow|snorted|injected|overdid|popped|chugged|ingested|consumed|used|did|drank',
  MUCH: 'all|whole|entire|bottle|bottles|bunch|handful|box|pack|double|triple|extra|\\d\\d+|[4-9]',
  // Spanish
  SUICIDIO: '(suicid|suisid|sucid|suicd)(io|ios|a|as|arme|arse|arte|ar|o|aron|ando)|autolesi\\w*|ahorcarme|ahorcarse',
  SOBREDOSIS: 'sobredos\\w*|sobredocis|sobredosi',
  ENVENENA: 'envenen\\w*|intoxic\\w*|veneno',
  INCONSCIENTE: 'inconscien\\w*|inconcien\\w*|inconsien\\w*|desmay\\w*|convuls\\w*|espuma',
  NO: 'no|ni|nunca|jamas|casi',
  QUIERO:
    'quiero|quiere|quieres|queria|quisiera|quieren|deseo|desea|desearia|gustaria|prefiero|ojala|ganas|pienso|piensa|voy',
  VIVIR: 'vivir|viviendo|existir|despertar|despertarme|despertarse',
  MORIR: 'morir|morirme|morirse|morirte|muera|muriera|muerto|muerta|muertos|muertas|moriria|morire',
  MATARSE: 'matarme|matarse|matarte|suicidarme|suicidarse',
  MATAR:
    'matar|matarlo|matarla|matarlos|matarlas|matarle|matarles|asesinar\\w*|lastimar|lastimarlo|lastimarla|lastimarlos|herir|herirlo|herirla|golpear|golpearlo|golpearla|apunalar\\w*|danar|danarlo|danarla|pegarle|pegarles|atacar\\w*|disparar\\w*',
  OTROS:
    'alguien|otros|otras|gente|personas|persona|todos|todas|ella|ellos|ellas|esposo|esposa|marido|mujer|hijos?|hijas?|bebes?|ninos?|ninas?|mama|papa|madre|padre|familia|jefe|jefa|novio|novia|pareja|vecinos?|vecinas?|hermanos?|hermanas?|companer\\w*|maestr\\w*|escuela',
  RESPIR: 'respir\\w*',
  RESPONDE:
    'responde|responden|respondio|respondia|reacciona|reaccionan|reacciono|reaccionaba|mueve|mueven|movio|despierta|despiertan|desperto|despertaba|despierte',
  PASTILLA:
    'pastillas?|pildoras?|tabletas?|capsulas?|medicinas?|medicamentos?|tylenol|advil|xanax|fentanilo|heroina|insulina|paracetamol|ibuprofeno|aspirinas?|clonazepam|alprazolam|gomitas|drogas?',
  VENENO:
    'veneno|venenos|cloro|lejia|anticongelante|pila|pilas|bateria|baterias|raticida|insecticida|detergente|thinner|gasolina|quimicos?|limpiador\\w*',
  TOMO: 'tomo|tome|tomado|tomaron|tomaste|trago|trague|tragado|tragaron|bebio|bebi|bebido|comio|comi|comido|ingirio|metio|meti|inyecto',
  MUCHO:
    'muchas|muchos|mucha|mucho|demasiad\\w*|todas|todos|toda|todo|frasco|frascos|caja|cajas|bote|blister|doble|triple|puno|\\d\\d+|[4-9]',
  CORTO:
    'corto|corta|cortan|corte|cortando|lastimo|lastima|lastime|lastimando|quemo|quema|queme|quemando|golpeo|golpea|golpee|rasguno|rasguna|rasgune|castigo',
};

const CLASSES = new Map(Object.entries(CLASS_SOURCES).map(([k, v]) => [k, new RegExp(`^(?:${v})$`)]));

/** Long key words that still count with one typo ("suicde", "unresposive", "sobredósis"), and their class. */
const FUZZY: [string, string][] = [
  ['suicide', 'SUICIDE'],
  ['suicidal', 'SUICIDE'],
  ['overdose', 'OD'],
  ['overdosed', 'OD'],
  ['overdosing', 'OD'],
  ['overdoses', 'OD'],
  ['collapsed', 'COLLAPSE'],
  ['crisis', 'CRISIS'],
  ['unresponsive', 'UNCONSCIOUS'],
  ['unconscious', 'UNCONSCIOUS'],
  ['poisoning', 'POISON'],
  ['poisoned', 'POISON'],
  ['seizure', 'SEIZE'],
  ['breathing', 'BREATHE'],
  ['homicidal', 'HOMICIDE'],
  ['sobredosis', 'SOBREDOSIS'],
  ['suicidio', 'SUICIDIO'],
  ['suicidarme', 'SUICIDIO'],
  ['suicidarse', 'SUICIDIO'],
  ['matarme', 'MATARSE'],
  ['matarse', 'MATARSE'],
  ['envenenamiento', 'ENVENENA'],
  ['intoxicacion', 'ENVENENA'],
  ['inconsciente', 'INCONSCIENTE'],
  ['convulsionando', 'INCONSCIENTE'],
  ['desmayado', 'INCONSCIENTE'],
  ['desmayada', 'INCONSCIENTE'],
  ['desmayo', 'INCONSCIENTE'],
  ['convulsion', 'INCONSCIENTE'],
  ['convulsiones', 'INCONSCIENTE'],
  ['autolesiones', 'SUICIDIO'],
  ['homicida', 'HOMICIDA'],
  ['autolesion', 'SUICIDIO'],
  ['hopeless', 'HOPELESS'],
  ['unalive', 'SUICIDE'],
];

/**
 * The patterns, tried in order: `<kind><lang> <slot> <slot>... [! veto]`. Kind: E emergency, V violence, S suicide or
 * self-harm. Lang: e English, s Spanish, * either. A slot is CLASS, word, prefix* or alternatives a|B|c*; `=slot`
 * must follow the slot before it directly; `^slot` must be the first word and `slot$` the last. The veto is a regular expression over the
 * normalized query.
 */
const PATTERNS: string[] = [
  // Suicide first where its words are an emergency's too ("i hope i don't wake up", "better off dead").
  'Se WANT NEG WAKE',
  'Se NEG WANT WAKE',
  'Se sleep NEG|never WAKE',
  'Se sleep =forever|permanently',
  'Se better =off .. dead|without|gone|died',
  'Se wish|wished|wishing|want|wants|rather .. dead',
  'Ss NO QUIERO despert*',
  'Ss QUIERO NO despert*',
  'Ss dormir =para =siempre',
  'Ss mejor =muert*',
  'Ss mejor =sin',
  // Emergencies: 911 first.
  'E* EMERG',
  'Ee OD',
  'Ee over =dose*',
  'Ee POISON',
  'Ee UNCONSCIOUS',
  'Ee SEIZE',
  'Ee COLLAPSE',
  'Ee passed|blacked|out =out|cold',
  'Ee NEG BREATHE',
  'Ee stop|stops|stopped BREATHE',
  'Ee barely|hardly|slow|slowly|shallow|weird|funny|strange|trouble|difficulty|gasping|labored =BREATHE',
  'Ee BREATHE slow|slowly|shallow|weird|funny|strange|wrong|badly',
  'Ee NEG WAKE ! \\bi (am |can |could |will |do |did )?(not|never) (wake|waking)( up)?($| (in|early|on|for|at|before|during|until|anymore|easily|when|after|without|up))',
  'Ee NEG RESPOND ! respond\\w* to (treat|therap|med|antidep|drug|program|iop|text|messag|email|call|phone)',
  'Ee turning|turned|going|gone|is|are|looks|look|looking =BLUE',
  'Ee lips .. BLUE',
  'Ee BLUE =lips|face|skin|nails|fingernails',
  'Ee PERSON .. dead',
  'Ee no =pulse',
  'Ee heart =stopped|stop|not',
  'Ee cpr',
  'Ee TOOK .. too =many|much',
  'Ee take =too =many|much',
  'Ee TOOK .. MUCH .. PILL|POISONOUS',
  'Ee swallowed|swallow|ate|eaten|drank|ingested|drink PILL|POISONOUS',
  'Ee took|taken|mixed|mixing|popped|swallowed .. PILL .. and|with .. drank|drinking|alcohol|booze|vodka|beer|wine|liquor',
  'Ee PILL|fentanyl|heroin|coke|cocaine|meth|molly =too =much|many',
  'Ee narcan|naloxone .. NEG|still .. work*|help*|BREATHE|WAKE|RESPOND',
  'Ee narcan|naloxone .. NEG =work*',
  'Ee someone|somebody =else|elses PILL',
  'Ee TOOK .. double|triple|extra .. dose|doses|PILL',
  'Ee tiny|small|pinpoint|pinned =pupils',
  'Ee pupils .. tiny|small|pinpoint|pinned',
  'Ee NEG =stop .. bleed*',
  'Ee bleed* .. NEG =stop*',
  'Ee lot|lots|much =of? blood',
  'Ee cut* .. too|so|very =deep',
  'Es SOBREDOSIS',
  'Es sobre =dosis',
  'Es ENVENENA',
  'Es INCONSCIENTE',
  'Es NO .. RESPIR',
  'Es dej* =de =respirar',
  'Es RESPIR .. lento|lenta|despacio|raro|rara|poco|mal',
  'Es dificultad|cuesta|trabajo .. respirar',
  'Es NO .. RESPONDE ! respond\\w* (a|al) (la |el |los |las |sus? |mis? )?(tratamiento|terapia|medic|mensaje|llamada|telefono)|temprano|a tiempo|para ir',
  'Es NO .. puedo|podemos|pude|logro .. despertar|despertarlo|despertarla|despertarle|despertarlos',
  'Es labios .. azul*|morad*|gris*',
  'Es poniendo|puso|pone|quedo|volvio|esta =azul*|morad*',
  'Es esta|creo|parece|este .. muert*',
  'Es NO .. pulso',
  'Es paro .. corazon|cardiaco',
  'Es corazon .. paro|detuvo|dejo',
  'Es TOMO .. MUCHO .. PASTILLA|VENENO',
  'Es TOMO .. frasco|caja|bote|blister',
  'Es se =TOMO .. PASTILLA|VENENO',
  'Es TOMO .. VENENO',
  'Es TOMO .. PASTILLA =de .. OTROS|abuel*|tio|tia',
  'Es TOMO .. PASTILLA .. con|y .. alcohol|cerveza|tequila|vino|licor|tomado|bebido|borracho',
  'Es mezcl* .. PASTILLA .. alcohol',
  'Es se =paso|pasaron .. con|de .. PASTILLA|alcohol|coca*|cristal',
  'Es metio|meti|consumio .. demasiad*',
  'Es naloxona|narcan .. NO .. funciona|sirve|RESPONDE|RESPIR',
  'Es NO =para|deja|detiene .. sangr*',
  'Es mucha =sangre',
  'Es cort* .. profund*',
  // Violence toward others: 911 first.
  'Vs HOMICIDA',
  'Ve HOMICIDE',
  'Ve murder*',
  'Ve ^HARM .. OTHERS ! harm reduction',
  'Ve i|to|want|wants|wanted|going|will|gonna|thoughts|thought|thinking|urge|urges|might|could|afraid|scared|plan|planning|like|keep|about .. HARM .. OTHERS ! hurt\\w* (\\w+ )?feelings|harm reduction|(panic|anxiety|heart) attack',
  'Ve threaten* .. kill*|hurt*|harm*|shoot*|stab*|us|me|people|family',
  'Ve PERSON .. kill|hurt|hit|beat|stab|shoot|choke|strangle|attacked|attacking|hitting|beating|choking|punching|punched|hurting =me|us',
  'Ve is|being|gets|getting|got =violent',
  'Ve shoot =up',
  'Vs MATAR .. OTROS',
  'Vs matarlo|matarla|matarlos|matarlas|matarnos|matarles',
  'Vs lo|la|los|las|te =voy|vamos|va|van =a =matar',
  // Not "me van a pesar" (weigh me: one letter from "pegar").
  'Vs me|nos .. va|van|quiere|quieren|amenaz* .. =a? matar|lastimar|pegar|golpear ! \\bpes(ar|an|a)\\b',
  'Vs amenaz* .. muerte|matar*|lastimar*',
  'Vs nos =amenaz*',
  'Vs pistola|arma .. amenaz*',
  'Vs OTROS .. me|nos .. pega*|golpe*|ataco|ataca*',
  'Vs hacer|hacerle|hacerles =dano .. a? OTROS|mis|mi',
  'Vs hacerle|hacerles =dano',
  'Vs ganas|pensamientos|ideas =de =matar',
  // Suicide and self-harm: 988 first.
  'Ss SUICIDIO',
  'Se SUICIDE',
  'Se KILL',
  'Se DIE',
  'Se want .. =to? =dye ! dye (my|your|her|his|the|it|hair|clothes|shirt|them|a|an)\\b',
  'Se end|ending|ended|take|taking|took .. my|his|her|their|own =life|lives ! (life|lives) back',
  'Se end|ending =it|things|everything',
  'Se NEG .. WANT .. LIVE',
  'Se point|reason|purpose .. living|live|life|alive|anymore|exist*',
  'Se point|reason .. go|going =on',
  'Se nothing .. live|living',
  'Se life|living .. NEG .. worth',
  'Se worth =living',
  'Se can =not =do|take =this|it',
  'Se can =not =go =on',
  'Se can =not =keep =going|living|on',
  'Se can =not =cope|continue|bear|live',
  'Se can =not =handle|stand =it|this|life|living|anymore',
  'Se give|giving|gave =up .. life|living|everything',
  'Se i =give =up$',
  'Se done .. life|living|everything',
  'Se tired|sick|exhausted|weary .. living|life|alive|existing',
  'Se HOPELESS',
  'Se no =way =out',
  'Se trapped',
  'Se am|a|just|such|feel .. burden',
  'Se burden =to|on',
  'Se nobody|no|who .. miss|care|cares|notice .. gone|die*|died|dead|disappear*|here|around|alive',
  'Se miss|care|cares|notice .. if|when .. gone|die|died|dead|disappeared',
  'Se WANT .. disappear*',
  'Se disappear* =forever|permanently',
  'Se stop|not|cease|quit .. exist*',
  'Se WANT .. it|pain .. end|stop|over',
  'Se life =is|was|feels =over',
  'Se all =be|is =over',
  'Se this|saying|say|said|sent|posted|final|last|writing|wrote|write .. goodbye',
  'Se goodbye .. everyone|everybody|forever|world|letter*|note*|text*|message*|post*|video',
  'Se final|last =note|letter|words',
  'Se giving|give|gave =away .. stuff|things|belongings|possessions|everything',
  'Se will =not =be =around|here',
  'Se lethal|fatal|deadly .. dose|amount',
  'Se rope|noose',
  'Se hang|hanging .. SELF',
  'Se use =it =on =SELF',
  'Se gun|pistol|revolver|rifle|firearm|shotgun .. SELF|head',
  'Se jump* .. off|from|front .. bridge|roof|building|balcony|cliff|window|overpass|tower|train|car|traffic',
  'Se in =danger',
  'Se help =now',
  'Se self =harm*|injur*|hurt*|mutilat*',
  'Se selfharm*',
  'Se SELFHARM .. SELF',
  'Se cut|cuts|cutting =again',
  'Se stop|quit =cutting ! cutting (back|down|out|costs|ties|class|school)',
  'Se want|urge|urges .. cut$',
  'Se cuts|scars|cut|marks .. arm|arms|wrist|wrists|leg|legs|thigh|thighs',
  'Se deserve .. hurt|pain|suffer|die|punish*',
  'Se hate .. life|myself|living',
  'Se NEG .. WANT .. be =here|around',
  'Se life|living|everything|existence|it .. pointless|meaningless',
  'Ss MATARSE',
  'Ss me .. matar$',
  // "me voy a matar hoy", "me quiero matar ya": words may follow, unless they name someone else ("matar a mi jefe",
  // a threat, is a violence pattern above) or are an idiom ("matar el tiempo", "matar de risa").
  'Ss me .. matar ! mat\\w* (a|al|el|la|los|las|de|mi|tu|su|sus|mis)\\b',
  'Ss MORIR',
  'Ss si .. muero|muera|muriera|muerto|muerta',
  'Ss soy|siento|sentirme|ser .. carga|estorbo',
  'Ss nadie .. extran*',
  'Ss NO .. quiero|quiere|queria|quisiera|deseo .. VIVIR',
  'Ss quitar* .. vida',
  'Ss acabar|terminar|fin .. vida|todo',
  'Ss NO .. puedo|aguanto|soporto =mas',
  'Ss NO =aguanto|soporto',
  'Ss NO =puedo =seguir =asi|viviendo|adelante|mas',
  'Ss NO =puedo =seguir$',
  'Ss cansad*|harto|harta .. vivir|vida|existir',
  'Ss vida|vivir .. NO .. sentido|vale|importa',
  'Ss sentido .. vida|vivir|nada',
  'Ss para =que .. vivir|viviendo|seguir|existir',
  'Ss razon|razones|motivo|motivos|por .. vivir',
  'Ss sin =esperanza',
  'Ss desesperanz*',
  'Ss NO =hay =salida',
  'Ss ir|irme|irse .. este =mundo',
  'Ss ir|irme|irse =para =siempre',
  'Ss adios .. siempre',
  'Ss ultimo =adios',
  'Ss es|este =un? =adios',
  'Ss carta|cartas|mensaje|nota =de =despedida',
  'Ss despedi|despedirme|despido|despidio|despedirse .. todos|todas|familia|ustedes|mundo',
  'Ss dosis|cantidad =letal|mortal',
  'Ss tirar*|aventar*|lanzar*|arrojar*|saltar|brincar .. puente|edificio|techo|azotea|balcon|ventana|tren|metro|piso',
  'Ss soga',
  'Ss ayuda =urgente|ya|ahora',
  'Ss me =rindo',
  'Ss odio .. vida|vivir',
  'Ss QUIERO|de =desaparecer',
  'Ss dejar =de =existir',
  'Ss NO .. QUIERO .. estar =aqui',
  'Ss cortarme|cortarse|cortandome|cortandose|lastimarme|lastimarse|lastimandome|lastimandose',
  'Ss hacerme|hacerse =dano',
  'Ss me|se|te .. CORTO ! (pelo|cabello|unas|barba|fleco|dedo|cocinando|sol|llamada|luz|internet|senal|conexion|video|voz)\\b',
  'Ss me|se|te =hago|hace|hice|hacen =dano',
  'Ss cortadas|cortes|cicatrices|heridas .. brazos?|munecas?|piernas?|muslos?',
  'Ss merezc* .. dolor|sufrir|morir|castigo',
  // Any language: "crisis", "hotline" (988 is the crisis line).
  'S* CRISIS',
];

/** Most words allowed between two slots of a pattern. */
const GAP = 3;

interface Alt {
  word: string;
  prefix: boolean;
  /** A word class name (upper case in the pattern). */
  cls: string | undefined;
}
interface Slot {
  alts: Alt[];
  adjacent: boolean;
  first: boolean;
  last: boolean;
  optional: boolean;
}
interface Pattern {
  kind: CrisisKind;
  lang: CrisisLang | undefined;
  slots: Slot[];
  veto: RegExp | undefined;
}

const KINDS: Record<string, CrisisKind> = { E: 'emergency', V: 'violence', S: 'suicide' };
const LANGS: Record<string, CrisisLang | undefined> = { e: 'en', s: 'es', '*': undefined };

function parse(source: string): Pattern {
  const [head, vetoSource] = source.split(' ! ');
  const [tag, ...slotTexts] = head.split(' ');
  const bad = (what: string) => new Error(`crisis-query.ts: pattern "${source}": ${what}`);
  if (!(tag[0] in KINDS) || !(tag[1] in LANGS)) throw bad(`unknown kind or language "${tag}"`);
  // ".." reads as "other words may come between", which is the default; it is written where it helps a reader.
  const slots = slotTexts
    .filter((t) => t !== '..')
    .map((text): Slot => {
      let t = text;
      const adjacent = t.startsWith('=');
      if (adjacent) t = t.slice(1);
      const first = t.startsWith('^');
      if (first) t = t.slice(1);
      const last = t.endsWith('$');
      if (last) t = t.slice(0, -1);
      const optional = t.endsWith('?');
      if (optional) t = t.slice(0, -1);
      const alts = t.split('|').map((a): Alt => {
        const upper = /^[A-Z]+$/.test(a);
        if (upper && !CLASSES.has(a)) throw bad(`no word class ${a}`);
        return { word: a.replace(/\*$/, ''), prefix: a.endsWith('*'), cls: upper ? a : undefined };
      });
      return { alts, adjacent, first, last, optional };
    });
  return { kind: KINDS[tag[0]], lang: LANGS[tag[1]], slots, veto: vetoSource ? new RegExp(vetoSource) : undefined };
}

const PATTERN_LIST: Pattern[] = PATTERNS.map(parse);

/** The classes one word belongs to, exact or (for FUZZY's long words) with one typo. */
function classesOf(token: string): Set<string> {
  const found = new Set<string>();
  for (const [name, re] of CLASSES) if (re.test(token)) found.add(name);
  // A word with classes of its own is not a typo of another ("homicidal" is not "homicida").
  if (!found.size && token.length >= 5 && !KNOWN.has(token)) {
    for (const [word, cls] of FUZZY) if (editDistance(token, word, 1) <= 1) found.add(cls);
  }
  return found;
}

/**
 * One typo away: one letter added, dropped, changed or two swapped, where the word meant has 5 letters or more; in
 * 4-letter words only a swap ("wnat", "lfie"). Shorter words, and real words near key words, must be exact.
 */
function isNear(token: string, word: string): boolean {
  if (token === word || token.length < 4 || word.length < 4 || /\d/.test(token)) return false;
  if (word.length === 4 || token.length === 4)
    return word.length >= 5 ? editDistance(token, word, 1) <= 1 : token.length === 4 && isSwap(token, word);
  return editDistance(token, word, 1) <= 1;
}

/** Two neighbouring letters swapped ("wnat", "lfie"). */
function isSwap(a: string, b: string): boolean {
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Is the start of `token` one typo from `stem` ("ovrdosing" and "overdos")? */
function isNearStem(token: string, stem: string): boolean {
  return stem.length >= 4 && [-1, 0, 1].some((d) => editDistance(token.slice(0, stem.length + d), stem, 1) <= 1);
}

/**
 * Classes whose words a typo may stand for. Function words are left out: too many real words lie one letter from
 * them ("note" and "not", "like" and "lie").
 */
const NO_TYPOS = new Set('NEG WANT TOOK TOMO MUCH MUCHO NO'.split(' '));
const TYPO_WORDS: [string, string[], string[]][] = Object.entries(CLASS_SOURCES)
  .filter(([name]) => !NO_TYPOS.has(name))
  .map(([name, source]) => {
    const parts = source.split('|').flatMap((p) => (/\w\?$/.test(p) ? [p.slice(0, -2), p.slice(0, -1)] : [p]));
    return [
      name,
      parts.filter((p) => /^[a-z]+$/.test(p)),
      parts.filter((p) => /^[a-z]+\\w\*$/.test(p)).map((p) => p.slice(0, -3)),
    ];
  });

/** The classes a misspelled word may stand for (none for a word that has classes of its own). */
function nearClassesOf(token: string, exact: Set<string>): Set<string> {
  const found = new Set<string>();
  if (exact.size || token.length < 4 || KNOWN.has(token)) return found;
  for (const [name, words, stems] of TYPO_WORDS)
    if (words.some((w) => isNear(token, w)) || stems.some((s) => isNearStem(token, s))) found.add(name);
  return found;
}

/**
 * Words that are never a typo: every word the patterns name, and real words one letter from a key word ("homeless"
 * and "hopeless", "hacerme" and "hacerle").
 */
const KNOWN = new Set([
  ...PATTERNS.flatMap((p) => p.split(' ! ')[0].split(/[ |=$?*^]+/)).filter((w) => /^[a-z]+$/.test(w)),
  ...Object.values(CLASS_SOURCES).flatMap((source) => source.split('|').filter((w) => /^[a-z]+$/.test(w))),
  ...'homeless response responses overdone dyeing skills giving'.split(' '),
]);

interface Token {
  text: string;
  classes: Set<string>;
  /** Classes, pattern words and prefixes this word may be a typo of (worked out once per word: typing is fast). */
  near: Set<string>;
}

const PATTERN_WORDS = [...new Set(PATTERN_LIST.flatMap((p) => p.slots.flatMap((s) => s.alts)).filter((a) => !a.cls))];

function tokenOf(text: string): Token {
  const classes = classesOf(text);
  const near = nearClassesOf(text, classes);
  if (!classes.size && !KNOWN.has(text))
    for (const a of PATTERN_WORDS)
      if (a.prefix ? isNearStem(text, a.word) : isNear(text, a.word)) near.add(`${a.word}${a.prefix ? '*' : ''}`);
  return { text, classes, near };
}

function slotMatches(slot: Slot, t: Token, typo: boolean): boolean {
  return slot.alts.some((a) =>
    typo
      ? t.near.has(a.cls ?? `${a.word}${a.prefix ? '*' : ''}`)
      : a.cls
        ? t.classes.has(a.cls)
        : a.prefix
          ? t.text.startsWith(a.word)
          : t.text === a.word,
  );
}

/** Can `slots[k..]` match after token `prev` (-1: anywhere), with at most `typos` misspelled words? */
function matchFrom(slots: Slot[], k: number, tokens: Token[], prev: number, typos: number): boolean {
  if (k === slots.length) return true;
  const slot = slots[k];
  const from = prev + 1;
  const to = prev < 0 ? tokens.length - 1 : Math.min(tokens.length - 1, slot.adjacent ? from : from + GAP);
  for (let i = from; i <= to; i++) {
    if ((slot.last && i !== tokens.length - 1) || (slot.first && i !== 0)) continue;
    if (slotMatches(slot, tokens[i], false) && matchFrom(slots, k + 1, tokens, i, typos)) return true;
    if (typos > 0 && slotMatches(slot, tokens[i], true) && matchFrom(slots, k + 1, tokens, i, typos - 1)) return true;
  }
  return slot.optional && matchFrom(slots, k + 1, tokens, prev, typos);
}

/** Words that only one of the two languages uses often, for telling which one a query is in. */
const SPANISH_WORDS = new Set(
  'que quiero quiere mi mis se ya mas la las el los del y con para por una uno esta estoy es esto eso hijo hija esposo esposa mama papa tomo respira despierta responde pastillas muchas vida vivir morir puedo tengo hay nadie todos alguien hacer creo porque muy pero cuando como donde ella ellos le lo les nos soy estar amigo amiga novio novia bebe nino nina hermano hermana despues ayuda tiene de al su sus un linea'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'i my the to is and of he she his her it not want you am are was what how can do with on at have has this that im just be will would anymore myself someone after took too pills son daughter husband wife mom dad friend wont up for number line help call text get need from by an'.split(
    ' ',
  ),
);

/** The language whose common words the query uses more (undefined on a tie). */
function languageOf(tokens: readonly string[]): CrisisLang | undefined {
  let es = 0;
  let en = 0;
  for (const t of tokens) {
    if (SPANISH_WORDS.has(t)) es++;
    if (ENGLISH_WORDS.has(t)) en++;
  }
  return es > en ? 'es' : en > es ? 'en' : undefined;
}

/**
 * What kind of crisis a query speaks of, and its language; null when it speaks of none (the rule and the method are
 * at the top of this file). `fallback` is the language to report when nothing in the query tells ("crisis", "911").
 */
export function detectCrisis(q: string, fallback: CrisisLang = 'en'): CrisisMatch | null {
  const normalized = normalizeForCrisis(q);
  const words = normalized.split(' ').filter(Boolean);
  if (!words.length) return null;
  const tokens = words.map(tokenOf);
  for (const p of PATTERN_LIST) {
    if (p.veto?.test(normalized)) continue;
    // A one-word pattern has no other word to confirm a guess, so only a pattern of two or more allows a typo.
    if (matchFrom(p.slots, 0, tokens, -1, p.slots.length > 1 ? 1 : 0))
      return { kind: p.kind, lang: languageOf(words) ?? p.lang ?? fallback };
  }
  return null;
}

/** True when the query speaks of a crisis (see detectCrisis). */
export function isCrisisQuery(q: string): boolean {
  return detectCrisis(q) !== null;
}
