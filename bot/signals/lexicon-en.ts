/**
 * English cue tables. Patterns run on prepared text (see prepare-text.ts): lower case, no
 * apostrophes ("dont", "im"), clause breaks as ` | `, key-word typos already corrected.
 */
import type { Cue, PersonCue, SignalLexicon } from './signal-lexicon';

const PERSON =
  '(?:(?:a|an|the|your|some|one of your)\\s+)?(?:(?:real|live|actual|human|proper|customer service|customer support|support)\\s+)?' +
  '(?:human|humans|person|people|agent|agents|representative|rep|operator|someone|somebody|staff|supervisor|manager|' +
  'customer service|support team|team member|employee|advisor|associate|being|whoever is in charge|someone in charge|the person in charge)';

const CHARGE_VERB = '(?:charged|charging|charge|billed|debited|deducted|taken|took|paid|pay|payed)';
const REPEAT = '(?:twice|two times|2 times|three times|3 times|2x|3x|double)';

const urgent: Cue[] = [
  {
    name: 'charged-twice',
    pattern: new RegExp(`\\b${CHARGE_VERB}\\b(?:\\s+[^\\s|]+){0,5}?\\s+${REPEAT}\\b`),
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'charged-twice',
    pattern:
      /\bdoubled?[ -]?(?:charged|charge|charging|billed|billing|payment|debit)\b|\b(?:duplicate|double|two|2|three|3|identical|repeated)(?:\s+identical)?\s+(?:charges|payments|transactions|debits)\b|\bduplicate (?:charge|payment|transaction)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'charged-again',
    pattern: new RegExp(`\\b${CHARGE_VERB}\\b(?:\\s+\\w+){0,3}?\\s+again\\b`),
    weight: 0.6,
  },
  {
    // Scams: money moved to a "safe account", remote-access tools, gift cards, a stranger's
    // screen-share. Support staff ask customers to install updates and share screens every day,
    // so installing is a cue only for remote-access tools and screen-sharing only for a stranger.
    name: 'fraud',
    pattern:
      /\bfraud\w*|\bscam(?:med|mer|mers|ming|s)?\b|\bphish\w*|\bfake (?:seller|website|site|email|text|sms|call|page|link|store)\b|\b(?:to|into) (?:a|the|another|their|his|her|this) safe account\b|\b(?:asked|told|wanted|made|got) (?:me|us|my \w+) to (?:(?:install|download) (?:anydesk|teamviewer|remote access|a remote access|screen sharing)|give (?:them|him|her) remote access|buy (?:\w+ )?gift cards?|pay (?:in|with) gift cards?)\b|\b(?:caller|scammer|stranger|someone|somebody|a man|a woman|a guy)\b[^|]{0,20}\b(?:asked|told|wanted|made|got) (?:me|us|my \w+) to share (?:my|the|his|her|their) screen\b|\b(?:anydesk|teamviewer|remote access)\b[^|]{0,40}\b(?:took|stole|emptied|drained|transferred|moved)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A loan never taken out, money kept or still billed after a cancellation ("you cancelled my
    // subscription but keep charging me"), records sent to a stranger.
    name: 'unauthorized',
    pattern:
      /\bloan i (?:never|didnt|did not) (?:take|took|apply|applied|ask)\b|\b(?:never|didnt|did not) (?:take out|apply for) (?:a|any|this|that) loan\b|\b(?:cancell?ed|unsubscribed|closed)\b[^]*?\b(?:(?:still|yet) (?:took|charged|kept|taken|debited)|(?:keep|keeps|kept|still|continue|continues|continued) (?:on )?(?:charging|billing|debiting|taking))\b|\brecords? (?:were |was )?(?:sent|given|shown) to (?:someone|somebody|a stranger|the wrong)\b|\bdata breach\b|\b(?:pressured|tricked|talked) (?:into buying|into signing)\b/,
    weight: 1,
  },
  {
    name: 'unauthorized',
    pattern:
      /\bunauthori[sz]ed\b|\b(?:purchase|charge|payment|transaction|order)s?\b[^|]{0,30}?\bi (?:didnt|did not|never) (?:make|made|place|placed|do|authori[sz]e|recogni[sz]e)\b|\bi (?:didnt|did not|never) (?:make|authori[sz]e) (?:this|that|these|the|any)\b|\bi (?:never|didnt|did not) (?:place|placed|make|made) (?:this|that|these|the|an|any)\b/,
    weight: 1,
  },
  {
    name: 'account-taken',
    pattern:
      /\b(?:someone|somebody|a stranger|hackers?|some guy)\s+(?:has\s+)?(?:used|stole|hacked|accessed|logged|got into|took|ordered|bought|changed|is using)\b|\b(?:opened|registered|signed up)\b[^|]{0,25}\b(?:in|under|with) my (?:name|id|identity|details|passport)\b|\bstole my (?:identity|id|passport|details)\b|\bhack(?:ed|er|ers)\b|\bcompromised\b|\bidentity theft\b|\b(?:account|savings|balance)\b[^|]{0,20}\b(?:drained|emptied|wiped out|cleaned out)\b|\bmoney (?:has )?(?:gone missing|missing|disappeared|vanished|gone) from\b|\b(?:all )?(?:the )?money in my account is gone\b|\bsigned for by someone else\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  { name: 'stolen', pattern: /\bstolen\b|\bstole\b|\btheft\b/, weight: 1, generalWeight: 0.5 },
  {
    // Emergencies by kind rather than by wording: people shut in a lift, a child or anyone who
    // swallowed or drank what is not food, a burning smell, an animal bite.
    name: 'safety',
    pattern:
      /\b(?:trapped|stuck|shut|locked) in (?:the|a|an|our|my|your) (?:\w+ )?(?:lift|elevator)\b|\b(?:ate|swallowed|drank|drunk|eaten|swallowing|chewed on) (?:a |an |some |one of |one of the |the |my |your )?(?:\w+ )?(?:detergent|pods?|bleach|cleaning (?:liquid|fluid|product)|batter(?:y|ies)|magnets?|pills|tablets|medicine|washing (?:powder|liquid)|dishwasher tablets?|antifreeze|weed killer|poison)\b|\bburning smell\b|\bsmells? (?:of|like) (?:burning|smoke)\b|\b(?:bitten|bit me|bit my \w+|attacked) by (?:a|the|your|their|his|her) \w*\s?dog\b|\bdog (?:bit|attacked|bitten)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'safety',
    pattern:
      /\b(?:caught|catch|catching|on|set) fire\b|\bburst into flames\b|\bexplod\w*|\bblew up\b|\bstarted smoking\b|\bsmok(?:e|ing) (?:came|coming|from)\b|\belectric(?:al)? shock\b|\bshocked me\b|\belectrocut\w*|\bburn(?:ed|t|s)? (?:me|my|myself|him|her|down)\b|\bgot burn(?:ed|t)\b|\bnearly burned\b|\binjur(?:ed|y|ies)\b|\bhurt (?:me|myself|my|him|her|them|badly)\b|\bbleeding\b|\bhospital\b|\bambulance\b|\b911\b|\bchok(?:e|ed|ing)\b|\bswallow(?:ed)?\b|\bpoison\w*|\ballergic reaction\b|\bemergency\b|\bunsafe\b|\bdangerous\b|\bthreat(?:en|ened|ening|s)?\b|\bassault\w*|\bharass\w*|\bstalk(?:ed|ing|er)\b|\bpolice\b|\bpushed me\b|\bhit me\b|\battacked\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Lives at risk however the topic began: self-harm, threats to kill, a gas leak.
    name: 'safety',
    pattern:
      /\bkill (?:myself|you|him|her)\b|\bsuicid\w*|\bend (?:my|it all|my own) life\b|\bend it all\b|\b(?:dont|do not) want to (?:live|be alive)\b|\bself[- ]harm\b|\bgas leak\b|\bsmells? (?:of )?gas\b|\bgas smell\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Harm from what was sold or served, intruders, hidden cameras, failing brakes, people trapped.
    name: 'safety',
    pattern:
      /\bfood poisoning\b|\b(?:glass|metal|a needle|a blade|a nail|bugs?|insects?|a cockroach|mould|mold) in (?:my|the|our)\b|\b(?:broke out in|came out in|got) (?:a )?(?:rash|hives)\b|\bwrong (?:pills|medicine|medication|tablets|dose)\b|\b(?:came|broke|walked|got) into (?:my|our) (?:hotel )?(?:room|house|flat|apartment|cabin)\b|\bhidden camera\b|\bspy(?:ing)? camera\b|\bbrakes? (?:failed|failing|gave out|stopped working)\b|\bstuck (?:in the (?:lift|elevator)|with people inside)\b|\bpeople (?:trapped|stuck) inside\b|\btrapped (?:in|inside) (?:the|a|my|our) (?:car|lift|elevator|room|building|house|vehicle)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Held against one's will: a car that will not stop, doors locked, not let out.
    name: 'safety',
    pattern:
      /\b(?:wont|wouldnt|will not|would not|refus(?:es|ed|ing) to|doesnt|didnt) (?:let|letting) (?:me|us|her|him) (?:out|off|go|leave|get out)\b|\blocked (?:me|us|her|him) in\b|\blocked (?:the|all the) doors\b|\b(?:wont|wouldnt|will not|would not|refuses to|refused to) stop (?:the car|driving)?\b|\bkeeps? driving\b[^|]{0,20}\b(?:asked|told|begged)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Someone endangering people: drunk, falling asleep or on the phone at the wheel, near misses.
    name: 'safety',
    pattern:
      /\bdrunk\b|\bdrinking and driving\b|\bdrink[ -]driving\b|\b(?:fell|falling|nodding) asleep (?:at the wheel|while driving|driving)\b|\b(?:texting|on (?:his|her|their) phone|watching (?:videos|his phone|her phone)) (?:while|and) driving\b|\b(?:almost|nearly) (?:crashed|hit|ran over|killed|ran a)\b|\breckless(?:ly)?\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Being unwell right now.
    name: 'safety',
    pattern:
      /\bdizzy\b|\bthrowing up\b|\bvomit\w*|\b(?:cant|can not|cannot|couldnt|struggling to) breathe\b|\btrouble breathing\b|\bchest pains?\b|\bfainted\b|\bpassed out\b|\bunconscious\b|\bseizure\b|\bcarbon monoxide\b|\bfumes\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Someone close cannot be found or reached.
    name: 'missing-person',
    pattern:
      /\b(?:mom|mum|mother|dad|father|parents?|son|daughter|kids?|child|children|wife|husband|partner|grandma|grandmother|grandpa|grandfather|granny|elderly|girlfriend|boyfriend|sister|brother)\b[^]*?\b(?:is missing|went missing|gone missing|missing since|(?:cant|can not|cannot|couldnt) (?:reach|find|contact|get hold of) (?:her|him|them)|(?:hasnt|has not|havent|never) (?:come|came|got|gotten|made it) home|not answering (?:her|his|their)? ?phone|phone is (?:off|dead)|lost contact)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'safety',
    pattern:
      /\baggressive\b|\bdanger\b|\bscared\b|\bafraid\b|\bterrified\b|\bfrightened\b|\bpanick?(?:ing|ed)?\b|\bmiddle of nowhere\b|\bdeserted\b/,
    weight: 0.5,
  },
  {
    // A frozen account or card is an FAQ topic ("my card is blocked, how do I unblock it"); with
    // money needed now or panic beside it, it is urgent.
    name: 'blocked-account',
    pattern:
      /\b(?:account|card|debit card|credit card)s? (?:is |was |has been |got |have been |are )?(?:frozen|blocked|locked|suspended|restricted)\b|\b(?:froze|frozen|blocked|locked|suspended) (?:my|our) (?:account|card)s?\b/,
    weight: 0.5,
  },
  {
    // Harm from people and bodies in danger now. A person collapses (not a menu or a tent); the
    // power is out for a life-support device now (not "does it need backup during outages", nor
    // "if there is a power cut"); sparks fly from wiring (not Sparks points, not "sparked a debate").
    name: 'safety',
    pattern:
      /\bsexual(?:ly)? harass\w*|\b(?:touched|groped|grabbed) me\b|\binappropriate(?:ly)? touch\w*|\b(?:he|she|i|someone|somebody|(?:my|our|the|a) (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|child|kid|baby|friend|grandma|grandmother|grandpa|grandfather|driver|passenger|guest|customer|colleague|man|woman))\b (?:has |had |just |suddenly )*collapsed\b|(?<!\b(?:if|when|during|in case of|in) (?:there is |theres |is )?(?:a |an |the )?)\b(?:(?:power|electricity) (?:is |has |went |has gone |got |was )?(?:out|off|cut|gone|down)|power outage|blackout)\b[^|]{0,40}\b(?:ventilator|oxygen|dialysis)\b|\b(?:ventilator|oxygen machine|oxygen concentrator|dialysis machine)\b[^|]{0,30}\b(?:has no|without|lost) power\b|\bspark(?:ing|ed)\b(?! (?:a|an|the|my|our|his|her|their|this|some|lots?|much|interest|debate|questions|conversations?|ideas?)\b)|\bsparks (?:came|coming|flew|flying|everywhere)\b|\b(?:giving off|throwing|threw|shooting|saw) sparks\b|\bstuck in (?:the|a) (?:lift|elevator)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // A business gone with customers' money, and children's large spending: money, not 2000
    // gems, and not asked about as a refund (the minors' refund policy is an FAQ entry).
    name: 'money-gone',
    pattern:
      /\b(?:went|gone|going) (?:bust|bankrupt|under|out of business)\b[^|]{0,40}\b(?:money|refund|deposit|paid|prepaid)\b|\bmy (?:son|daughter|kid|child|\d+ year old)\b[^|]{0,30}\b(?:spent|charged|bought)\b[^|]{0,20}\b\d{3,}\b(?! (?:gems|coins|points|diamonds|credits|tokens|crystals|robux|v ?bucks)\b)(?![^]*\b(?:(?:can|could|how do|how can) i (?:get|have|request|claim) (?:a |my |the |it )?refund|can (?:it|this|that) be refunded)\b)/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'cash-not-dispensed',
    pattern:
      /\b(?:atm|cash machine|cashpoint)\b[^|]{0,40}\b(?:didnt|did not|never|wouldnt|would not) (?:give|dispense|pay out|hand)\b|\b(?:atm|cash machine|cashpoint)\b[^|]{0,40}\bno (?:cash|money) came out\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'cash-not-dispensed',
    pattern: /\b(?:atm|cash machine|cashpoint)\b[^|]{0,20}\b(?:kept|swallowed|ate|took|retained) my card\b/,
    weight: 0.5,
  },
  {
    name: 'urgent-need',
    pattern:
      /\b(?:need|needed|needs) (?:the |this |that |my )?money (?:today|now|right now|urgently|tonight)\b|\b(?:hospital|medical|surgery|rent) (?:bill|fee|fees|payment) (?:is )?(?:due )?(?:today|tonight|now)\b|\burgently need\b/,
    weight: 0.5,
    pressure: true,
  },
  {
    // A large sum taken (prepared text has no currency signs): urgent only beside another cue,
    // since "why was $300 taken from my deposit" is an FAQ question.
    name: 'disputed-charge',
    pattern: /\b(?:took|taken|deducted|kept|charged|withheld)\b[^|]{0,15}\b\d{3,}\b/,
    weight: 0.5,
  },
  {
    name: 'stranded',
    pattern:
      /\bstranded\b|\bstuck (?:abroad|overseas|at the (?:airport|border|station)|in (?:a|another) (?:foreign )?country)\b|\bnowhere to (?:sleep|stay|go)\b|\bno way (?:home|back)\b|\b(?:no money|no way|cant|can not|cannot|unable) to (?:get|go|fly) (?:back )?home\b|\bleft behind\b|\b(?:lost|stolen) (?:my |our )?passports?\b[^|]{0,30}\b(?:fly|flight|tomorrow|tonight|abroad)\b|\bbroke(?:n)? down on the (?:highway|motorway|freeway|road)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // "how do I make a complaint" asks about a process editors write entries for; "I want to
    // complain" and a complaint made in anger stay urgent.
    name: 'complaint',
    // Not someone else's grumbling ("the kids keep complaining the wifi drops"); the customer's own
    // ("I keep complaining") still counts.
    pattern:
      /(?<!\b(?:kids|children|they|he|she|people|everyone|(?:my|the) (?:wife|husband|partner|son|daughter|kids|children|family|mum|mom|dad|neighbours?|neighbors?|tenants?|guests?)) (?:(?:keeps?|kept|are|is|were|was|always|been|constantly) )*)\bcomplain\w*|\b(?:file|make|lodge|submit|raise|register)\s+(?:a\s+)?(?:formal\s+)?compliant\b/,
    weight: 1,
    askedWeight: 0.5,
  },
  {
    name: 'report-authority',
    pattern:
      /\breport(?:ing)? you to\b|\breport(?:ing)? (?:this|it|them|your \w+|\w+) to (?:the )?(?:police|fca|cfpb|ftc|bbb|regulators?|ombudsman|authorities|trading standards|watchdog|press|media|consumer \w+)\b|\bbetter business bureau\b|\bbbb\b|\bconsumer (?:protection|rights|agency|council|affairs)\b|\btrading standards\b|\bombudsman\b|\bregulators?\b|\bfca\b|\bcfpb\b|\bwatchdog\b|\bthe media\b|\bjournalist\b/,
    weight: 1,
  },
  {
    name: 'legal',
    pattern:
      /\blawyers?\b|\battorneys?\b|\blegal (?:action|steps|proceedings)\b|\bsue\b|\bsuing\b|\blawsuit\b|\bcourt\b|\bsmall claims\b|\blitigation\b|\bsolicitor\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Going public: the press, the news.
    name: 'report-authority',
    pattern:
      /\b(?:go|going|went) (?:public|to the (?:press|papers|newspapers|news))\b|\bcontact(?:ing)? the (?:press|news)\b/,
    weight: 1,
  },
  {
    // Staff who abuse a customer; "was the agent rude?" is no report of it.
    name: 'complaint',
    pattern:
      /\b(?:was|were|is|are|been|being)\s+(?:very |so |extremely |really |incredibly )?(?:rude|aggressive|abusive|disrespectful)\b|\b(?:yelled|shouted|swore|screamed) at (?:me|us|my)\b|\binsulted (?:me|us|my)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'safety',
    pattern:
      /\b(?:driving|drives|drove)\s+(?:so |very |really )?(?:dangerously|recklessly|like a maniac|way too fast|too fast)\b|\b(?:driver|he|she|they|was|is|were|kept|keeps|keep)\s+speeding\b|\b(?:wont|will not|wouldnt|would not|refuses to|refused to) slow down\b|\bran (?:a|the|every) red lights?\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Money taken on terms never agreed to ("I never signed up for this and you're taking money").
    name: 'unauthorized',
    pattern:
      /\bi (?:never|didnt|did not) (?:sign(?:ed)? up|subscribe[d]?|agree[d]?|authori[sz]e[d]?)\b[^]*?\b(?:taking|took|charging|charged|billing|billed|debiting|debited)\b|\b(?:charged|charging|billed|billing|debited)\b[^]*?\bi (?:never|didnt|did not) (?:agree[d]?|sign(?:ed)? up|authori[sz]e[d]?)\b/,
    weight: 1,
  },
  {
    // A caller posing as the company or a bank, and codes handed over.
    name: 'fraud',
    pattern:
      /\bpretend(?:ing|ed)? to be\b|\bimpersonat\w*|\bgave (?:them|him|her|the caller|a stranger|someone) (?:my|the) (?:code|pin|password|otp|one time code|verification code|card number|card details)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    name: 'stranded',
    pattern:
      /\b(?:left|dropped|dumped|abandoned) (?:me|us|my \w+) (?:on|at|by) the (?:side of the )?(?:road|highway|motorway|freeway|roadside)\b|\b(?:kicked|threw) (?:me|us) out of the (?:car|cab|taxi|bus)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  {
    // Made ill by what was sold.
    name: 'safety',
    pattern:
      /\b(?:got|became|fell|was|were|been|is|are) (?:very |really |so |violently )?(?:sick|ill)\b[^|]{0,30}\b(?:after|from) (?:eating|drinking|taking|using)\b/,
    weight: 1,
    generalWeight: 0.5,
  },
  { name: 'dispute', pattern: /\bchargeback\b|\bdispute (?:the|this|it|with)\b/, weight: 0.5 },
  {
    name: 'anger',
    pattern:
      /\bfurious\b|\blivid\b|\boutraged?\b|\bpissed\b|\bfed up\b|\bsick (?:and tired )?of\b|\bdisgust\w*|\bunacceptable\b|\bwtf\b|\bfuck\w*|\bangry\b|\bso mad\b|\bhate (?:you|this|your)\b|\bworst (?:service|customer service|company|experience|store|shop|support)\b|\bscrew you\b|\bincompetent\b|\bshameful\b|\bdone with you\b|\bnever (?:again|shopping|buying|ordering)\b|\bruined\b/,
    weight: 1,
  },
  {
    name: 'anger',
    pattern:
      /\bridiculous\b|\bterrible\b|\bhorrible\b|\bawful\b|\bpathetic\b|\bworst\b|\bjoke\b|\bshit\w*|\bdamn\w*|\bcrap\w*|\b(?:nobody|no one) (?:cares|answers|helps|responds|replies|explains|will explain)\b|\bno explanation\b|\bignor(?:e|ing|ed)\b|\b(?:third|3rd|fourth|4th) time\b|\bagain and again\b|\bupset\b|\bnot happy\b|\bwits end\b|\bat the end of my tether\b|\bbreaking down\b/,
    weight: 0.5,
  },
];

const person: PersonCue[] = [
  {
    name: 'talk-to-person',
    pattern: new RegExp(
      `\\b(?:talk|speak|chat|get through|reach)\\s+(?:to|with)\\s+${PERSON}\\b|\\b(?:talk|speak|chat) (?:to|with) (?:your |the )?(?:support|customer care|help ?desk)\\b`,
    ),
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'connect-me',
    pattern:
      /\b(?:connect|transfer|put|pass|forward|switch|redirect|hand)\s+me\s+(?:to|through|over|with|on)\b|\b(?:connect|transfer|put me through) to (?:a |the |your )?(?:staff|human|agent|person|someone|somebody|rep|representative|supervisor|manager)\b/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'want-person',
    pattern: new RegExp(
      `\\b(?:want|need|get me|give me|request|prefer|like|can i (?:get|have)|may i have|let me (?:talk|speak) to)\\s+${PERSON}\\b`,
    ),
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'get-person',
    pattern: new RegExp(
      `\\b(?:can|could|would) you (?:get|bring|find)\\s+(?:me\\s+)?${PERSON}\\b|\\b${PERSON}\\s+on the (?:line|phone)\\b`,
    ),
    weight: 1,
    strength: 'strong',
  },
  { name: 'escalate', pattern: /\bescalate\b/, weight: 1, strength: 'strong' },
  {
    name: 'want-person',
    pattern:
      /\b(?:help|assistance|support) from (?:a |an )?(?:real |live |actual )?(?:person|human|human being)\b/,
    weight: 1,
    strength: 'strong',
  },
  {
    // A call back, or someone to look at it, is a person's work; "will the courier call me" is not
    // asking for one.
    name: 'call-me',
    pattern: new RegExp(
      `\\b(?:please |pls |can |could |would |have |get |need )(?:you |someone |somebody |${PERSON} )?(?:call|ring|phone|contact) me(?: back)?\\b|\\bcall me back\\b|\\b(?:need|want|request|like|get) a call ?back\\b|\\b(?:can|could) ${PERSON} (?:look at|handle|deal with|sort out) (?:this|it|my)\\b|\\b(?:transfer|connect) me\\b|\\bput ${PERSON} on\\b`,
    ),
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'reject-bot',
    pattern:
      /\b(?:not|no|stop|hate|dont want|do not want)\s+(?:(?:to\s+)?(?:talk|talking|speak|chat|chatting)\s+(?:to|with)\s+|sending me\s+|giving me\s+)?(?:a|the|this|your|any)?\s*(?:bot|bots|robot|machine|chatbot|ai|automated|canned)\b|\bstop\s+(?:with\s+)?(?:the|this|your)\s+(?:bot|robot|chatbot)\b|\b(?:bot|robot|chatbot)\s+(?:is\s+)?(?:useless|stupid|dumb|not helping|doesnt help|isnt helping)\b/,
    weight: 1,
    strength: 'strong',
  },
  {
    name: 'person-only',
    pattern:
      /^(?:(?:hi|hello|hey|ok|okay)(?:\s*\|)?\s+)?(?:(?:an?|the|a real|a live)\s+)?(?:human|agent|representative|rep|operator|person|customer service|customer support|somebody|someone|support)(?:\s+(?:human|agent|representative|operator))*(?:(?:\s*\|)?\s+(?:please|pls|plz|now|asap))?$/,
    weight: 1,
    strength: 'weak',
  },
  {
    name: 'live-person',
    pattern:
      /\b(?:real|live|actual)\s+(?:human|person|agent|people|rep|representative|being)\b|\bhuman (?:agent|being|rep|representative|please)\b|\bcustomer service (?:agent|rep|representative|person)\b|\blive chat\b|\bis there (?:a|an|any)?\s?(?:real |live )?(?:person|human|agent|someone|somebody|anyone|anybody)\b[^|]{0,15}\b(?:talk|speak|chat)\b|^(?:hello |hi )?(?:is )?(?:any|some)(?:one|body) (?:there|here|around)$/,
    weight: 1,
    strength: 'weak',
  },
];

/** English tables: urgent topics, requests for a person, their negations, key words to spell-correct. */
export const ENGLISH_SIGNALS: SignalLexicon = {
  language: 'en',
  urgent,
  person,
  serviceQuestion:
    /\b(?:when|what time|hours|opening|open|close|closing|closed|weekends?|sundays?|saturdays?|holidays?|phone|number|email|e mail|address|24 7|availability|option|options|available|cost|costs|price|fee|charge|are (?:your|the|they|these))\b/,
  serviceQuestionHead:
    /(?:^|\|\s*)(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\s+)?(?:what (?:hours|time|times|days)|which (?:hours|days)|when (?:can|could|do|does|are|is|will)|(?:till|until|up to) (?:what time|when)|how (?:late|early))\b/,
  negationBefore:
    /(?:\b(?:dont|do not|doesnt|does not|didnt|did not|no need|not|never|without|rather not|wont|will not|wouldnt|no one|nobody|noone|none of us|neither of us)\b|\b(?:do|does|would|will|should) i (?:need|have) to)(?:\s+(?:need|needed|want|wish|have|to|a|an|the|any|for|with|talk|speak|chat|wait|waiting|be|been|get|getting|transferred|transfer|connected|really|ask|asking|trying|try|about|making|make|file|filing|this|that|it|is|was|call|contact|got|were|are|has|had))*\s*$/,
  negationAfter: /^\s*(?:is |are )?(?:not needed|not necessary|unnecessary)\b/,
  askedBefore:
    /\b(?:how (?:do|can|could|would|should|does) (?:i|we|you|one|someone)|how to|where (?:do|can|could|should|would) (?:i|we|you)|where to|who (?:do|can|should) (?:i|we)|what is the (?:process|procedure|way) (?:for|to)|how long (?:does|do|will|would|can) (?:a|my|the|it)|is there a way to)\b[^|]{0,25}$/,
  askedAfter: /^\w*\s*(?:process|procedure|policy|form|department|team|line|number|email|address|page)\b/,
  // A hypothetical or its prevention ("what if my card is stolen", "in case of fire", "how do you
  // protect me from fraud"), or what a policy covers ("does it cover an ambulance"), in the clause.
  generalBefore:
    /\b(?:if|in case(?: of)?|what if|whether|prevent(?:s|ing)?|avoid(?:ing)?|protect(?:s|ing)? (?:me|myself|us|you|customers|people|my \w+|your \w+) (?:from|against)|protection (?:from|against)|safe from|guard against|(?:does|do|will|would) (?:the|my|your|this|it|you|travel|home|car) ?(?:\w+ )?(?:insurance|policy|plan|cover|protection|warranty)? ?cover|covered (?:for|in case of|if)|cover(?:age)? for|claim(?:s|ing)? for|(?:polic(?:y|ies)|funds?|compensation|rules?|rights) (?:on|for|about|regarding)|(?:do|does|will|would|can) (?:you|they|the bank|your bank|the insurer) (?:refund|cover|reimburse|pay back|protect)|(?:can|could|may|should|do|does)(?: i (?:bring|have|use|send|get))? (?:my|a|an|your)|(?:(?:how|where) (?:do|can|should|would) (?:i|we|you|one)|how to|where to|ways to) (?:report|spot|recogni[sz]e|identify|avoid|tell|prevent)|(?:insured|insurance|protected|covered) against|(?:number|line|hotline|who) (?:do|should|can) (?:i|we|you) (?:call|ring|contact|phone) (?:for|in|about)|(?:number|line|hotline|email|address|form|page|website) (?:for|to) report(?:ing)?)\b[^|]{0,40}$/,
  generalAfter:
    /^\s*(?:cover|coverage|covered|insurance|policy|contacts?|numbers?|line|hotline|button|feature|services? (?:number|line)|exit|fund|plan|included|includes?|reports?|certificate|clearance|investigations?|claims?|department|procedure|prevention)\b/,
  // A threat keeps a phrase at full weight inside a hypothetical ("if you don't refund I will call the
  // police"); a need does not ("what is the process if I need to go to hospital").
  threatBefore:
    /\b(?:i|we)(?:ll| will| shall| am going to| m going to| are going to| re going to| gonna)\b[^|]{0,20}$|\bor (?:else )?(?:i|we)\b[^|]{0,20}$/,
  demandBefore:
    /\b(?:i|we)(?: really| do| would| will| shall| am)?\s*(?:want|wanna|wish|need|demand|d like|would like|am going|m going|gonna|intend|will|shall|have)\b[^|]{0,20}$|\b(?:id|im|ill|ive|we?re)\s+(?:like|going|gonna|got)\b[^|]{0,20}$/,
  fuzzyWords: [
    'human',
    'agent',
    'person',
    'representative',
    'operator',
    'customer',
    'service',
    'someone',
    'somebody',
    'supervisor',
    'transfer',
    'complaint',
    'complain',
    'fraud',
    'fraudulent',
    'scammed',
    'charged',
    'twice',
    'double',
    'duplicate',
    'lawyer',
    'attorney',
    'stranded',
    'unauthorized',
    'emergency',
    'furious',
    'unacceptable',
    'disgusting',
  ],
  protectedWords: [
    'charge',
    'changed',
    'charges',
    'charmed',
    'changes',
    'persona',
    'personal',
    'servic',
    'services',
    'served',
    'server',
    'agents',
    'urgent',
    'agency',
    'humane',
    'humans',
    'doubles',
    'doubled',
    'doubts',
    'lawyers',
    'customs',
    'costumes',
    'costume',
    'stranger',
    'stranged',
  ],
};
