# Lexicons shared by the comment policies (included by *.policy).
# Entries are folded words or phrases, comma-separated; a trailing '*' means
# "any ending". Lines with the same lexicon name add to it. Comments are
# folded before matching (fold.h): "f*ck", "sh1t", "f.u.c.k" and "fuuuck"
# all meet the entry "fuck*".

# --- Profanity: swearing, whoever it is aimed at.
lexicon profanity = fuck*, f*ck*, fck*, fuk*, fuq*, motherfuck*, mofo, shit, shits, shitty, shithead*, shitload, bullshit*
lexicon profanity = horseshit, crap, crappy, damnit, goddamn*, asshole*, arsehole*, bastard*, bitch*, son of a bitch
lexicon profanity = wtf, stfu, gtfo, fml, piss off, pissed off, screw you, bloody hell, go to hell, damn you, dickhead*

# --- Vulgarity: crude sexual and bodily words.
lexicon vulgar = dick, dicks, cock, cocks, cocksuck*, pussy, pussies, cunt*, twat*, tits, titties, boobs, blowjob*
lexicon vulgar = handjob*, jerk off, jerking off, wank*, wanker*, porn*, horny, suck my, kiss my ass, kiss my arse
lexicon vulgar = my ass, your ass, up your ass, arse, butthole, dildo*, cum, jizz, orgasm*, anal, sodomi*
lexicon vulgar = slut*, whore*, hoe, hoes, skank*, nutsack, ballsack, testicles, genitals, semen

# --- Insults: nouns and adjectives that describe a person with contempt.
lexicon insult_noun = idiot*, moron*, imbecile*, cretin*, dumbass*, dumb ass, jackass*, dimwit*, halfwit*, nitwit*
lexicon insult_noun = fool, fools, clown, clowns, loser*, troll, trolls, scumbag*, scum, dirtbag*, lowlife, lowlifes
lexicon insult_noun = piece of shit, piece of garbage, piece of trash, waste of space, waste of oxygen, retard, retards
lexicon insult_noun = dork*, douche*, douchebag*, prick*, twit, tool, pig, pigs, rat, rats, snake, worm, vermin, donkey
lexicon insult_noun = disgrace, propagandist, propagandists, paid propagandist, parrot, coward, cowards, liar, liars, hypocrite*, bigot, bigots, shill, shills, paid troll, bot, brainwashed sheep
lexicon insult_noun = sheep, sheeple, simpleton*, buffoon*, numbskull*, bonehead*, blockhead*, airhead*, pinhead*
lexicon insult_noun = asshole*, bastard*, bitch*, dickhead*, shithead*, wanker*, cunt*, twat*, jerk, jerks, freak, freaks, degenerate*
lexicon insult_adj = stupid, stupider, stupidest, dumb, dumber, brainless, mindless, idiotic, moronic, retarded
lexicon insult_adj = pathetic, worthless, useless, clueless, delusional, braindead, brain dead, demented, deranged, mental, ignorant
lexicon insult_adj = brainwashed, disgusting, pitiful, sick, sad little, low iq, uneducated, illiterate, gullible, lying, ugly

# --- People a reader addresses or talks about on the page: other commenters
# and the article's writers.
lexicon person_here = journalist, journalists, reporter, reporters, author, writer, editor, editors, commenter*, poster
lexicon second_person = you, ya, yourself, yourselves, you people, you guys, you lot, you all

# --- Groups defined by religion, ethnicity, nationality, gender or
# sexuality (not states, armies or organisations: those are politics).
lexicon group = kurds, arabs, muslims, moslems, jews, christians, yazidis, yezidis, alawites, alawis, sunnis, shias, shiites
lexicon group = shia, sunni, druze, turks, turkmen, persians, iranians, iraqis, syrians, lebanese, palestinians, israelis, russians
lexicon group = americans, europeans, africans, asians, chinese, blacks, whites, gypsies, roma, refugees, immigrants
lexicon group = migrants, foreigners, women, woman, girls, females, gays, gay people, lesbians, homosexuals, trans people
lexicon group = transgenders, queers, armenians, assyrians, afghans, pakistanis, indians, christians, catholics, atheists
lexicon group = kurdish people, arab people, muslim people, jewish people, turkish people, the kurds, the arabs, the jews
lexicon group = the muslims, the turks, the persians, the women, the gays, all kurds, all arabs, all muslims, all jews
lexicon group_adj = kurdish, arab, arabic, muslim, jewish, christian, yazidi, alawite, sunni, shia, shiite, turkish, persian
lexicon group_adj = iranian, iraqi, syrian, russian, american, african, black, white, gay, lesbian, female, immigrant
# Dehumanising or degrading predicates for a whole group.
lexicon degrading = animals, animal, beasts, savages, savage, barbarians, primitive, subhuman, sub human, untermensch
lexicon degrading = vermin, rats, cockroaches, parasites, pigs, dogs, apes, monkeys, insects, filth, filthy, dirty, scum
lexicon degrading = inferior, stupid, dumb, lazy, thieves, criminals, rapists, terrorists, traitors, all terrorists, backward
lexicon degrading = evil, disease, cancer, plague, trash, garbage, a disease, a cancer, a plague, worthless, idiots, liars
lexicon degrading = devil worshippers, infidels, kafirs, heretics, apostates, born terrorists, not human, less than human, sick, perverts, perverted, an abomination, abomination
# Slurs (folded; a masked or leetspeak spelling still meets them).
lexicon slur = nigger*, nigga*, negro*, kike*, kyke*, yid, yids, heeb*, sandnigger*, raghead*, towelhead*, camel jockey*
lexicon slur = camelfucker*, goatfucker*, goat fucker*, sand monkey*, haji, hajis, muzzie*, muzrat*, mussie*, moslem pig*
lexicon slur = faggot*, fag, fags, faggy, dyke*, tranny, trannies, shemale*, homo, homos, poofter*, poof
lexicon slur = chink*, gook*, wetback*, spic, spics, gypsy scum, pikey*, cracker*, kurd dog*, kurdish dog*, arab dog*
lexicon slur = turkish dog*, persian dog*, christian dog*, jewish pig*, zionazi*, islamofascist*

# --- Violence that a threat names.
lexicon kill_verb = kill, murder, slaughter, behead, butcher, shoot, hang, stab, burn, gas, execute, strangle, rape
lexicon kill_verb = slit your throat, cut your throat, cut your head off, cut off your head, break your neck, beat you
lexicon kill_verb = bomb, blow up, destroy you, end you, hunt you down, find you, get you, torture, skin, bury
lexicon killed = shot, hanged, hung, gassed, killed, executed, beheaded, murdered, slaughtered, burned, burnt, lynched
lexicon killed = stoned, stoned to death, strung up, exterminated, tortured, butchered, raped, disembowelled, disemboweled
lexicon killed = shot dead, burned alive, burnt alive, skinned alive, drowned
lexicon violence_noun = disembowelment, beheading, beheadings, hanging, hangings, lynching, firing squad, public execution
lexicon violence_noun = torture, bullet in the head, bullet in his head, bullet in her head, bullet to the head
lexicon threat_target = you, him, her, them, your family, your kids, your children, your mother, all of you, every one of you
lexicon threat_target = he, she, they, your kind, the author, the journalist, the reporter, the writer, whoever wrote this

# --- Promotion.
lexicon promo_place = channel, youtube channel, blog, website, web site, site, page, shop, store, profile, instagram
lexicon promo_place = facebook page, twitter, tiktok, podcast, book, new book, ebook, course, app, link, offer, product
lexicon promo_call = visit, check out, checkout, subscribe, follow, like and subscribe, click, click here, sign up, signup
lexicon promo_call = join, download, order, buy, call, call now, contact, whatsapp, telegram, dm me, message me, email me
lexicon promo_word = discount*, promo code, coupon*, free shipping, best price*, cheapest price*, special offer, limited offer
lexicon promo_word = earn money, make money, work from home, extra income
lexicon promo_word = bitcoin investment, crypto investment, forex, casino*, online betting, viagra, cialis, weight loss, diet pills
lexicon promo_word = payday loan*, hot singles, dating site, followers for, buy followers
lexicon promo_word = invest in gold, free guide, free ebook, free trial, double your money, singles in your area, guaranteed returns, investment opportunity, business opportunity, hiring now, job offer, apply now
lexicon promo_host = shop, casino, loan, pills, pharma, promo, dating, forex, crypto, cheap
lexicon promo_host = invest, bit.ly, tinyurl, linktr.ee, onlyfans, patreon

# --- Relevance: the vocabulary of the conflict and of the outlet's work.
# A comment using any of these is on topic for a conflict news page.
lexicon conflict = war*, army, armies, military, militar*, soldier*, troop*, fight*, battle*, attack*, offensive*
lexicon conflict = siege*, besieg*, front, frontline*, airstrike*, air strike*, strike*, bomb*, shell*, missile*, rocket*
lexicon conflict = kill*, dead, death*, died, casualt*, civilian*, refugee*, displac*, ceasefire, truce, peace, negotiat*
lexicon conflict = isis, isil, daesh, jihad*, islamic state, terror*, rebel*, militia*, fsa, sdf, ypg, pkk, peshmerga
lexicon conflict = assad, regime, government*, putin, russia*, iran*, turkey, turkish, erdogan, hezbollah, hizbollah
lexicon conflict = syria*, iraq*, kurd*, deir*, raqqa, mosul, aleppo, damascus, euphrates, palmyra, homs, idlib, kobani
lexicon conflict = us, usa, america*, trump, obama, nato, coalition, pentagon, cia, un, united nations, west, western
lexicon conflict = politic*, president*, election*, vote, democra*, dictator*, freedom, independen*, referendum
lexicon conflict = oil, gas, pipeline*, border*, territor*, city, cities, town*, village*, province*, country, countries
lexicon conflict = weapon*, tank*, jet*, drone*, artillery, liberat*, occup*, invasion, invad*, victory, defeat*, win, won, lose, lost
lexicon conflict = kdp, puk, gorran, hashd, pmf, pmu, ypj, hdp, akp, mit, qandil, nineveh, baghdad, erbil, kirkuk, kurdistan, halabja, afrin, sulaimani*, duhok, sinjar, tehran, ankara, moscow, washington
lexicon conflict = corrupt*, politician*, minister*, parliament*, sanction*, econom*, reconstruct*, rebuild*, embargo
lexicon conflict = airport*, flight*, road*, bridge*, hospital*, school*, water, electricity, food, aid, humanitarian
lexicon conflict = suffer*, harm*, hurt*, punish*, victim*, famil*, children, child, kids, starv*, hunger, poverty
lexicon conflict = sunni*, shia*, shiite*, alawite*, christian*, yazidi*, arab*, turk*, persian*, muslim*, islam*
lexicon topic_meta = pingback, trackback, caliphate, article, articles, report*, story, stories, news, coverage, journalis*, rudaw, headline, source*
lexicon conflict = kdp, puk, gorran, hashd, pmf, pmu, ypj, hdp, akp, mit, qandil, nineveh, baghdad, erbil, kirkuk, kurdistan, halabja, afrin, sulaimani*, duhok, sinjar, tehran, ankara, moscow, washington
lexicon conflict = corrupt*, politician*, minister*, parliament*, sanction*, econom*, reconstruct*, rebuild*, embargo
lexicon conflict = airport*, flight*, road*, bridge*, hospital*, school*, water, electricity, food, aid, humanitarian
lexicon conflict = suffer*, harm*, hurt*, punish*, victim*, famil*, children, child, kids, starv*, hunger, poverty
lexicon conflict = sunni*, shia*, shiite*, alawite*, christian*, yazidi*, arab*, turk*, persian*, muslim*, islam*
lexicon topic_meta = propaganda, media, bias*, biased, fake news, translation, photo*, video*, map*, analysis, editor*

# --- Words the relevance test ignores.
stopwords = the, a, an, and, or, but, if, then, so, of, in, on, at, to, for, from, by, with, about, as, into, over, after
stopwords = before, under, between, through, during, without, within, is, are, was, were, be, been, being, am, do, does, did
stopwords = have, has, had, having, will, would, shall, should, can, could, may, might, must, not, no, yes, very, just
stopwords = i, me, my, mine, we, us, our, you, your, yours, he, him, his, she, her, it, its, they, them, their, this
stopwords = that, these, those, there, here, what, which, who, whom, whose, when, where, why, how, all, any, some, more
stopwords = most, other, such, only, own, same, than, too, also, again, ever, never, always, really, even, still, much
stopwords = many, one, two, get, got, like, know, think, say, said, says, see, make, made, go, going, want, need, way
stopwords = thing, things, people, time, good, great, well, lot, lots, today, now, new, really, please, thanks, thank
