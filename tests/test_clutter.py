"""Clutter: promo and widget lines, and non-article markup, without touching real article text."""

from __future__ import annotations

import lxml.html
import pytest

from crawler._clutter import (attribute_tokens, clutter_reason, drop_clutter_lines, is_clutter_line, prune_clutter,
                              strip_ad_label)
from crawler._html import text_of

# ------------------------------------------------------------------------------------------------ lines

CLUTTER_LINES = [
    "Advertisement",
    "ما را در تلگرام دنبال کنید",
    "برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید",
    "ADVERTISEMENT",
    "Sponsored content",
    "Anzeige",
    "\u5e83\u544a",
    "Sign up for our newsletters",
    "Sign up for our daily newsletter",
    "Subscribe to our newsletter",
    "Get our free newsletter delivered to your inbox",
    "Thanks for signing up!",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "Read a summary of this article on FAST.",
    "Get the CNA app",
    "Get the app",
    "$$ARTICLEAD$$",
    "{{ ad_slot_2 }}",
    "Download the BBC app",
    "Alle Meldungen sofort? Hier geht's zur Stadtblatt-App für Android und iOS.",
    "Download our free app for iPhone and Android to get breaking news alerts.",
    "Get the app on the App Store or Google Play",
    "Get the Harbour Post app for breaking news alerts on iPhone and Android",
    "Laden Sie jetzt unsere App für iOS und Android herunter!",
    "04:12 Min.. Verfügbar bis 18.09.2025.",
    "Video verfügbar bis 31.12.2025",
    "Available until 12/05/2025",
    "Listen to this article. Narrated by an automated voice.",
    "Listen to the audio version of this article (5 minutes)",
    "Follow The Harbour Post on WhatsApp for the latest local news",
    "Paid content presented by Example Bank",
    "Über dieses Thema berichtet: Stadtradio am 12.03.2025 um 08:00 Uhr.",
    "Coverage Details",
    "Bias Distribution",
    "- 48% of the sources are Center",
    "Left 30%",
    "Baca juga: Harga emas naik hari ini",
    "Lesen Sie auch: Die Lage in Berlin",
    "Leia tamb\u00e9m: Mercado sobe",
    "Read more: How the market fell",
    "Also read: Markets tumble",
    "SEE MORE: Hong Kong protests: students under siege",
    "Czytaj więcej",
    "Auch interessant",
    "More Great Harbour Stories",
    "Mehr Infos",
    "Fehler gefunden? Jetzt melden.",
    "Wie hat Ihnen dieser Artikel gefallen?",
    "Durchschnittliche Bewertung: 0,0",
    "Unabhängiger Journalismus braucht deine Unterstützung.",
    "Sendung: Radio Hafenstadt, 12.03.2024, 09:40 Uhr",
    "Link zum YouTube-Inhalt",
    "Lesen Sie den Originalartikel auf Englisch hier",
    "Quelle: ntv.de",
    "showPaywall:",
    "À lire aussi Le port de commerce face à la grève",
    "ABONE OL",
    "Follow Harbour Post on Google News and add us as a preferred source to see our reporting and reviews in "
    "your feed. Just press the Follow button!",
    "You must confirm your public display name before commenting",
    "Please logout and then login again, you will then be prompted to enter your display name.",
    "Harbour chief furious at council over pier jibe [INSIGHT]|",
    "Ferry strike: union makes final decision on talks amid pay row [VIDEO]",
    "Harbour town 'threatened with ferry strike' [REACTION]",
    "Ferry fares: what the rise means for commuters [EXPLAINED]",
    "Weiterführende Links",
    "Newsletter: Hafen kompakt",
    "Uppdaterad 10.12 | Publicerad 08.47",
    "false",
    "Stand: 12.03.2024, 07:30 Uhr",
    "Copyright 2024 The Harbour Wire. All rights reserved. This material may not be published, broadcast, rewritten "
    "or redistributed without permission.",
    "05.03.2024",
    "Sitemizde abonelerimize sunulan haberler kısaltılarak yayımlanır. Abonelik için bizimle iletişime geçin.",
    "News for subscribers appears here in summary. For subscription inquiries, please contact our sales team.",
    "- Latest: Follow live updates from the harbour strike.",
    "Follow our live blog for the latest updates.",
    "Neues zum Hafenstreik finden Sie laufend in unserem Liveblog:",
    "Alle Entwicklungen lesen Sie in unserem Newsticker.",
    "- 05.03.2024",
    "2024-05-03 14:20",
    "2024年3月5日 09時12分 (3月5日 10時02分更新)",
    "2024年3月5日",
    "Mis à jour le 5 janvier 2024 à 10h12",
    "First Published: Monday, March 4, 2024 09:15 AM",
    "Originally posted: 12/03/2024",
    "First published on Fri 3 May 2024 10.12 BST",
    "Originally published on May 3, 2024",
    "First Published: May 3, 2024, 10:12 IST | Last Updated: May 3, 2024, 11:40 IST",
    "Czytaj też: Sejm przyjął ustawę",
    "Läs också:",
    "\uad00\ub828\uae30\uc0ac",
    "\uad00\ub828 \uae30\uc0ac",
    "\u95a2\u9023\u8a18\u4e8b",
    "\u24d2 \ud55c\uad6d\uc77c\ubcf4, \ubb34\ub2e8 \uc804\uc7ac \ubc0f \uc7ac\ubc30\ud3ec \uae08\uc9c0",
    "\uc800\uc791\uad8c\uc790 \u00a9 \ud55c\uad6d\uc77c\ubcf4 "
    "\ubb34\ub2e8\uc804\uc7ac \ubc0f \uc7ac\ubc30\ud3ec \uae08\uc9c0",
    "\u00a9 2023 The Korea Herald. All rights reserved.",
    "Share this article",
    "Share on Facebook",
    "Read more",
    "Related Articles",
    "Most Read",
    "Trending Now",
    "You may also like",
    "Continue reading below",
    "Story continues below advertisement",
    "Skip to main content",
    "Loading...",
    "Follow us on Twitter",
    "5 minutes ago",
    # widget labels and calls in more languages and forms
    "Beitrag teilen",
    "Partager cet article sur Facebook",
    "Share: Facebook | X | Email",
    "Show 17 comments",
    "Comments are closed for this story.",
    "Kommentare (4)",
    "Escucha esta noticia (3 minutos)",
    "Annons",
    "Articoli correlati",
    "You might also like: Ten walks along the old canal",
    "Download our free news app for alerts on your phone.",
    "Descarga nuestra app y recibe las alertas",
    "Open in app",
    "Click here to see all the pictures from the parade.",
    "To watch the whole interview, click here.",
    "Klik hier om de uitzending terug te kijken",
    "We use cookies to give you the best experience on our website.",
    "Wir verwenden Cookies, um unsere Website zu verbessern.",
    "This article was generated with the help of AI and checked by an editor.",
    "Dieser Text wurde mithilfe von KI erstellt und redaktionell geprüft.",
    "Please support our independent journalism with a donation today.",
    "Chip in $10 to keep the newsroom going.",
    "Don't miss out – subscribe to our evening briefing newsletter.",
    "Inscrivez-vous à notre newsletter du matin.",
    "Dit artikel is alleen beschikbaar voor abonnees.",
    "Abonnez-vous pour lire l'article en entier.",
    "Jetzt 4 Wochen gratis testen",
    "(Photo by Jane Roe/Harbour Images)",
    "Obserwuj nas na Facebooku",
    "Leestijd: 4 minuten",
    "Bijgewerkt op 13 mei 2025, 10:42",
    "Video: Crowds gather at the harbour for the regatta",
    "Listen on Apple Podcasts or Spotify, or wherever you get your podcasts.",
    "（责任编辑：李明）",
    "\U0001f4f1 Download our app for breaking news",
    "\u23f1 6-minute read",
    "Published: March 12, 2025",
    "Updated 3:04 PM EDT, March 12, 2025",
    "Last updated: 12/03/2025 10:42",
    "Associated Press writers Jane Doe in Paris and John Roe in Rome contributed to this report.",
    "Copyright: Example Syndicate, 2025",
    # a counter, a page number, an id run that a widget leaves behind
    "12",
    "3/12",
    "1.",
    "20245",
    "Listen to this article",
    "Click here to subscribe",
    "Newsletter",
    # the site on social networks, and the promos that follow in the same line
    "Follow The Harbour Post on Twitter and Facebook for the latest from the bay. You can now also have "
    "harbourpost.example stories pushed to your phone. Sign up for our breaking news alerts here.",
    "Die Hafenzeitung auch bei Social Media – ob Instagram, WhatsApp oder Facebook.",
    "The Harbour Post on social media: Facebook, Instagram and X",
    # a notice for an old browser, a registration wall
    "Thanks for reading harbourpost.example. You are using a browser version with limited support for CSS. "
    "For the best experience, please update your browser.",
    "Your browser is out of date. Please update it for the best experience.",
    "Enjoying our latest content? Log in or create an account to continue",
    "Sign in or create a free account to keep reading.",
    # the placeholder of an embed the reader has not agreed to load
    "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel "
    "für Sie mit zusätzlichen Informationen anreichert. Sie können ihn mit einem Klick anzeigen lassen.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene "
    "Daten an Drittplattformen übermittelt werden.",
    "Externen Inhalt anzeigen",
    "I agree to external content being displayed to me. Personal data may be passed on to third parties.",
    "This content is blocked due to your privacy settings.",
    "This video is not available because of your cookie preferences.",
    "Our Standards: The Harbour Post Trust Principles.",
    "This is a breaking news story - more to follow",
    "Swipe →",
    "Swipe for more",
    "Popular",
    "Meistgelesen",
    "Folgen Sie uns auf Instagram, Facebook und X.",
    "Suivez-nous sur Facebook et Instagram.",
    "Sign in or register to continue reading.",
    "Create a free account to continue reading.",
    "Your browser does not support the video tag.",
    "Wir ben\u00f6tigen Ihre Zustimmung, um den Inhalt von X anzuzeigen.",
    "This story is developing. Please check back for updates.",
    # credits and the close of an author's note
    "Aus dem Englischen von Jane Roe",
    "Korrespondentin Jane Roe berichtet f\u00fcr die Hafenzeitung aus Kiel. Ihre Artikel finden Sie hier.",
    "Alle Artikel von Jane Roe finden Sie unter hafenzeitung.example/roe.",
    "Jane Roe covers the harbour for the Post. You can find all her stories here.",
    # the log-in offer beside a paywall, and an embed's cookie placeholder in short
    "Already a subscriber? Log in.",
    "Already have an account? Sign in here",
    "Bereits Abonnent? Hier anmelden",
    "Déjà abonné ? Se connecter",
    "To view this content, please accept cookies.",
    "Please enable cookies to watch this video",
    "Accept social media cookies to view this content",
    # appeals for tips, notes on translation and first publication, sign-offs, labels
    "Seen flooding on your street? Get in touch at desk@harbourpost.example",
    "Email us at tips@harbourpost.example",
    "Haben Sie Hinweise zu diesem Fall? Melden Sie sich vertraulich per Threema oder Signal bei unserer Redaktion.",
    "If you have information about this, you can contact our reporter securely on Signal at harbour.42",
    "Dieser Text wurde maschinell übersetzt und von der Redaktion geprüft.",
    "This article was machine-translated and checked by an editor.",
    "Dieser Beitrag ist zuerst im Hafenblatt erschienen.",
    "Dieser Artikel ist eine Übersetzung, das Original ist in einer norwegischen Zeitung erschienen.",
    "This article was originally published by The Harbour Review.",
    "This story first appeared in Harbour Weekly.",
    "Follow along with the latest updates below.",
    "Follow our live coverage here",
    "HR (abc)",
    "(Quelle: dpa/afp)",
    "\u304a\u3059\u3059\u3081\u60c5\u5831",
    "\u30ab\u30c6\u30b4\u30ea\u30fc\u3092\u30d5\u30a9\u30ed\u30fc\u3059\u308b",
    "\u00bfYa eres suscriptor? Inicia sesi\u00f3n",
    "Already a Harbour Post subscriber? Log in.",
    "Bereits registriert? Jetzt anmelden",
    "Vous \u00eates d\u00e9j\u00e0 abonn\u00e9 ? Connectez-vous",
    "Already a subscriber?",
    "To view this content, please enable cookies in your browser settings.",
    "If you have information about this story, email us at news@harbourpost.example",
    "This article has been translated from German using AI.",
    "Dieser Artikel wurde mit Hilfe von KI \u00fcbersetzt.",
    "This article first appeared in The Harbour Review and is republished under a Creative Commons license.",
    "A version of this article first appeared in The Harbour Review.",
    "Dies ist eine maschinelle \u00dcbersetzung eines Artikels unserer Kollegen. Er wurde automatisiert \u00fcbersetzt "
    "und von einem Redakteur \u00fcberpr\u00fcft.",
    "Haben Sie Hinweise? Melden Sie sich vertraulich per Signal bei unserem Reporter: harbour.42",
]

ARTICLE_LINES = [
    # sentences that open as a credit, a time stamp or a promo does
    "Contributing factors: poverty and a lack of jobs made the region vulnerable to the crisis.",
    "Contributing: more than 40 volunteers helped. They said it was fun.",
    "Contributing: A dozen volunteers from the neighborhood spent the weekend cleaning the park",
    "Contributing: Climate change, poor planning and a lack of funds",
    "Follow the links in the Telegram channel and you land on a fake news site asking for bank details.",
    "Subscribe to enough Telegram channels and the news never stops.",
    "Join the thousands of Nigerians who now get their news from WhatsApp channels, a trend our reporters tracked",
    "Ikuti perkembangan kasus ini, polisi kini memeriksa grup WhatsApp yang menyebarkan berita bohong.",
    "Suivez le guide : comment les chaînes Telegram diffusent de fausses infos",
    "Follow the money: our reporters traced payments sent through WhatsApp groups to three shell companies.",
    "Key events",
    "پلیس گفت که گروه‌های تلگرام را دنبال کنید تا شایعات را بشناسید و این کار ادامه دارد.",
    "وزیر گفت ما در تلگرام و اینستاگرام فعال هستیم و مردم می‌توانند ما را دنبال کنند.",
    "With input from readers, we built the list.",
    "With inputs from the community, the plan changed.",
    "Published figures show 4,000 homes were built in the county last year.",
    "Updated on a daily basis, the map shows 1,200 fires burning.",
    "Posted to the front line in 2022, the unit lost 40 soldiers.",
    "Subscriptions start at $9 a month in Britain and rise in June.",
    "Subscribe to the channel was how each of his videos ended.",
    "Getting in touch with our embassy team in the capital has been impossible for weeks.",
    "You can opt out at any time, the bank insists, but customers say the form is hidden.",
    "Reporting by the commission was delayed; its chair resigned in May.",
    "Researchers at three universities contributed research to the study of the virus.",
    "The helpline can be reached at 0800 123 456 around the clock, the charity said.",
    "Copyright law was reformed in 2019, and artists say it has helped them.",
    "Fans who follow her on Instagram noticed that she had deleted every post.",
    "We baked cookies to raise money for the school trip.",
    "This story was written by a team of students, not by AI, the editors said.",
    "Support for the mayor's plan fell to 30 percent in the latest poll.",
    "Video footage showed the crowd moving towards the barrier.",
    "The app promoted itself as the fastest way to book a taxi in the city.",
    "Comments from residents were mostly positive, the council said.",
    "More from the report: a third of the homes lack insulation.",
    "\u26a0\ufe0f Residents were told to boil their water until Friday.",
    # a year alone is a timeline's heading, not a counter
    "1998",
    "2023",
    "Subscribers to the service said they were unhappy with the price increase.",
    "Share prices fell 3% on Tuesday after the announcement.",
    "Read the full report, the minister said, before judging.",
    "More than 40 people were injured.",
    "Follow-up talks are planned for June.",
    "Loading of the ships began at dawn.",
    "Advertisement revenue rose 12% in the quarter.",
    "Left-leaning lawmakers objected.",
    "\u6771\u4eac\u90fd\u306f28\u65e5\u3001\u65b0\u578b\u30b3\u30ed\u30ca\u30a6\u30a4\u30eb\u30b9\u306e\u611f\u67d3\u8005\u304c"
    "\u65b0\u305f\u306b500\u4eba\u78ba\u8a8d\u3055\u308c\u305f\u3068\u767a\u8868\u3057\u305f\u3002",
    "Die Bundesregierung hat am Dienstag ein neues Gesetz zur F\u00f6rderung erneuerbarer Energien beschlossen.",
    "Related stories have appeared in other newspapers.",
    "Right now, the situation is tense.",
    "Ownership of the company changed in 2019.",
    "Print media is declining across the region.",
    "Email correspondence showed the deal was agreed in March.",
    "Comments from the minister were not immediately available.",
    "Most popular among voters was the tax cut.",
    "Trending upward, prices rose for a third month.",
    "Subscribe to our values or leave, the party leader told members.",
    "Click here to read the full statement, the spokesperson wrote on Facebook.",
    "By continuing the talks, both sides agree to a ceasefire until Friday.",
    "By signing the treaty, the countries agreed to cut emissions by half.",
    "Subscriptions start at $5 a month, the company said, and rise next year.",
    # "copyright holders objected to the ruling"
    "\uc800\uc791\uad8c\uc790\ub4e4\uc740 \uc774\ubc88 \ud310\uacb0\uc5d0 \ubc18\ubc1c\ud588\ub2e4.",
    "Sign up to the new pension scheme opened in May for workers over 50.",
    "Don't miss the point, she said.",
    "Get the vaccine as soon as possible, health officials urged.",
    "Share of renewable energy rose to 40% last year.",
    "Center-right parties won the election.",
    "Newsletters were sent to all residents, the council said.",
    "Watching the vote, the crowd fell silent.",
    "See the full list of winners below, organisers said.",
    "Download speeds doubled in the past year.",
    "Advertising executives met in Cannes this week.",
    "Registration for the marathon opens on Monday.",
    "Download the app before travelling, the ministry advised, and register your vaccination.",
    "Last week's 5 articles about the budget drew criticism from readers and lawmakers alike.",
    "Rents in the city rose to $$$ territory, {{tenants}} said.",
    "Czytaj więcej o tym, jak rząd planuje wydatki, w raporcie ministerstwa opublikowanym w piątek.",
    "Auch interessant ist, dass der Rat einstimmig zustimmte.",
    "More stories emerged this week about the mayor's finances.",
    "More information is expected from the ministry on Monday.",
    "Stand der Ermittlungen ist, dass 12 Personen betroffen sind, sagte die Polizei.",
    "05.03.2024: Der Landtag stimmt über den Haushalt ab.",
    "Fans follow live updates on their phones, the club said, and many never watch a whole match.",
    "For subscription services, the regulator said, providers must make cancelling as easy as signing up.",
    "In unserem Liveblog berichteten wir am Montag, dass die Brücke gesperrt ist.",
    "2024年3月5日、市は新しい港湾計画を発表した。",
    "Am 05.03.2024 beginnt die Sitzung.",
    "Fehler gefunden hat der Prüfer in drei Fällen, sagte er.",
    "Sendung mit der Maus wird 50 Jahre alt.",
    "False claims spread quickly, experts said.",
    "Quelle: die Polizei. Dann kam mehr.",
    "iPhone:",
    "easyJet:",
    "Readers who follow the council on Google News saw the story first, the editor said.",
    "False",
    "More women are writing stories",
    "The Rise of Populism [ANALYSIS]",
    "Standards for 2024 were set by the FDA in March.",
    "Veröffentlicht wurde die Studie 2023 im Fachblatt Nature.",
    "Publicado em 2010, o livro vendeu 2 milhões de cópias.",
    "Lire aussi les travaux de Pasteur, conseille le professeur.",
    "Mit Video-Beweis entschied der Schiedsrichter.",
    "Newsletter subscribers grew by 20% last year.",
    "The report [video] was shown to the committee on Monday, officials said.",
    "Apple now lets developers charge for apps on iOS in the EU, the commission said.",
    "The app was removed from Google Play and the App Store on Tuesday after complaints.",
    '"Download our app on iOS and Android," the company urged customers in a statement.',
    "Our reporters tested the app on Android and iOS for two weeks.",
    "Die App ist für Android und iOS erhältlich und kostet nichts, teilte das Ministerium mit.",
    "Tickets are available until 12/05 at the box office.",
    "Der Impfstoff ist verfügbar bis Ende des Jahres, sagte der Minister.",
    "Listeners to the station heard the article read aloud on Monday.",
    "Followers of the band on Instagram saw the news first.",
    "Paid content creators earn more on the platform, the study found.",
    "Über dieses Thema wird seit Jahren gestritten, sagte die Ministerin.",
    "Über dieses Thema berichtete das Stadtblatt bereits im Mai ausführlich.",
    "Users can get the new passwords app on iPhone and iPad from September, the company said.",
    "Police warned people to download the app only from Google Play or the App Store.",
    "Our banking app stopped working on iOS devices for six hours on Monday, the bank admitted.",
    "Unsere App-Tester haben die neue Version für Android und iOS geprüft.",
    "Wer die App auf Android herunterladen will, braucht ein Konto beim Hersteller.",
    "La policía pide que nadie descargue la app desde fuera de Google Play o la App Store.",
    "Chi scarica l'app da store non ufficiali su Android rischia un virus, avverte la polizia.",
    "Paid content produced by influencers is booming, according to a new industry study.",
    "Sponsored posts paid for by political campaigns will be labelled from next month.",
    "Listen to the story of how the band formed in a garage in 1976.",
    "Listen to this article's critics and you would think the policy had already failed.",
    "Follow the money on X and a different picture emerges, the report argues.",
    "Follow Tiger Woods on Instagram and you would never guess he was injured.",
    "The party on social media: Facebook posts drew thousands of comments, the study found.",
    "Police in the city are also active on social media, a spokesman said.",
    "Die Polizei auch bei Social Media aktiv: Die Beamten warnen auf Instagram vor Betrügern.",
    "You are using a browser that a search company built, the lawyer told the court, and it tracks you.",
    "Users who log in or create an account to continue using the service must accept new terms, the regulator said.",
    "An dieser Stelle finden Sie den Bahnhof, sagte der Bürgermeister.",
    "Ich bin damit einverstanden, dass mir die Stadt hilft, sagte die Rentnerin.",
    "This content was blocked in the country due to the new law, the company said.",
    "Our standards are high, the coach said.",
    "Popular uprisings swept the region in 2011.",
    "Swipe left on a dating app and the match is gone.",
    "Scroll down the list and you will find the names of all 43 victims.",
    "Aus dem S\u00fcden von Berlin kamen Tausende.",
    "Seine Artikel finden Sie hier nicht mehr, sagte der Verlag.",
    "Readers find her stories here and there, in small magazines, the critic wrote of the poet.",
    "Fans still read his stories here at the library, the librarian said.",
    "The video spread quickly on social media like TikTok and Instagram.",
    "Das Video verbreitete sich schnell in sozialen Netzwerken wie TikTok und Instagram.",
    "He was very active on social media: Twitter and Facebook.",
    "Many teenagers get their news on social media, whether TikTok or YouTube.",
    "Follow Elon Musk on X for a day and you will see him urging people to subscribe to Premium.",
    "Follow a star on TikTok and you will notice how often she asks fans to download her new album.",
    "Sie verwenden einen Chromium-basierten Browser wie Edge oder Brave? Dann sollten Sie jetzt das Update installieren.",
    "Your browser is outdated, and that is a security risk, experts say.",
    "Ihr Browser ist veraltet? Dann drohen Sicherheitsl\u00fccken, warnt das BSI.",
    "How do I apply? Log in or create an account to access the state's benefits portal, then upload your documents.",
    "Want to vote early? Register or create an account to access the county's ballot tracker.",
    "An dieser Stelle finden Sie alle Ergebnisse, die extern vom Landeswahlleiter bereitgestellt werden.",
    "The post was hidden because of your privacy choices, the company wrote in an email to users.",
    "I agree to third-party content being reviewed, the minister said.",
    "Our standards: why we do not name suspects",
    "Swipe right",
    "Beliebt",
    "This is a breaking story for the city, said the mayor.",
    "Already a subscriber, she saw the price double in two years.",
    "Already a member of the council, he now chairs its budget committee.",
    "To view this content, please accept the terms of the licence, the museum says.",
    "Please accept our apologies for the delay.",
    "Enable cookies, the regulator said, only if users agree.",
    # (the review's cases: reporting on messengers, translations, first publications, appeals, short questions)
    "The official, speaking anonymously, said the move would send a signal that you cannot redraw borders by force.",
    "Whistleblowers often contact journalists securely via Signal, but you should still be careful, experts say.",
    "\"You can reach me on Signal,\" the source told the reporter, who agreed to keep the talk confidential.",
    "Die Polizei r\u00e4t: Wenn Sie eine verd\u00e4chtige Nachricht \u00fcber Signal erhalten, melden Sie sich bei der "
    "Polizei, und bleiben Sie anonym.",
    "The article is a machine translation, the court said, and therefore not protected by copyright.",
    "Dies ist eine maschinelle \u00dcbersetzung, r\u00e4umte der Verlag ein, nachdem Leser Fehler bemerkt hatten.",
    "This story was translated by AI, and the errors were glaring, critics said on social media.",
    "Der Artikel erschien zuerst im Hafenblatt und wurde danach vielfach zitiert.",
    "Der Beitrag ist zuerst im Hafenblatt erschienen und wurde danach von mehreren Zeitungen \u00fcbernommen.",
    "The ferry operator said in a statement: \"We apologise to all passengers. Contact us at help@ferry.example.\"",
    "Police are appealing for witnesses. Get in touch with officers via 101 or at appeals@police.example.",
    "ZDF (live)",
    "CDU (ja)",
    "Accept all cookies?",
    "Already a member?",
    "Bereits registriert?",
    "The activist said she contacted the reporter confidentially via Signal.",
    "Officials said Signal was used to share the plans, and you could see why.",
    "Contact us at the front desk, the hotel manager told guests.",
    "The article first appeared to be a hoax, but police later confirmed it.",
    "This story was first published in 1990 and it changed how we think of the press.",
    "First published in 1998, the novel sold 2 million copies.",
    "First published: 1998, the novel sold 2 million copies.",
    "Originally published: 1977. Reissued in 2024 with 40 new pages.",
    "First published: the 2019 edition ran to 600 pages and cost 30 dollars.",
    "First published: 20 years ago, the guide is now in its 12th edition.",
    "First published: 2004. Pages: 320. Price: 20 euros.",
    "First published in The Lancet, the study followed 2,000 patients.",
    "Originally published by a small press, the book became a bestseller.",
    "NATO (USA)",
    "SPD (Jane Roe)",
    "Follow the latest updates on the vote in our live blog, which you can find through the link above.",
    "Der Artikel erschien zuerst in der Zeitung, die ihn dann wieder zurückzog, weil ein Zeuge widersprach und die "
    "Polizei neue Spuren fand.",
]


@pytest.mark.parametrize("line", CLUTTER_LINES)
def test_clutter_line(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_line_is_not_clutter(line: str) -> None:
    assert not is_clutter_line(line)


def test_blank_line_is_clutter_and_long_line_is_not() -> None:
    assert is_clutter_line("")
    assert is_clutter_line("   ")
    assert not is_clutter_line("Advertisement " + "word " * 100)


def test_an_ad_label_left_at_a_paragraphs_end_goes() -> None:
    assert strip_ad_label("New lights were installed in the public areas. Advertisement") == (
        "New lights were installed in the public areas.")
    assert strip_ad_label("Ein Satz, der hier endet, wie er begann, sagt er.\u201d Anzeige") == (
        "Ein Satz, der hier endet, wie er begann, sagt er.\u201d")
    assert strip_ad_label("Revenue came mostly from advertising") == "Revenue came mostly from advertising"
    assert strip_ad_label("Die Anzeige") == "Die Anzeige"
    assert drop_clutter_lines(["New lights went up along the harbour front. Advertisement", "Advertisement"]) == [
        "New lights went up along the harbour front."]
    # a heading's or a list item's last word, after a question or behind a few words, stays
    # glued to the sentence (capitalised only), and the notes that a story goes on after the slot
    for label in (".Advertisement", ". Story continues below advertisement", ". Article continues below",
                  ". Article continues after this ad", ". ADVERTISEMENT", ". Continue reading below"):
        assert strip_ad_label("The council will vote on the plan on Tuesday" + label) == (
            "The council will vote on the plan on Tuesday.")
    assert strip_ad_label("The council will vote on the plan on Tuesday. Continue reading the main story") == (
        "The council will vote on the plan on Tuesday.")
    # a label after an abbreviation, with its own full stop, is the sentence's last word
    for line in ("Der Etat steigt auf 4,2 Millionen Euro (inkl. Werbung).",
                 "Es geht um alle Formen der Beeinflussung von Kindern, z. B. Werbung.",
                 "She said the rules cover every form of paid content, e.g. advertisement."):
        assert strip_ad_label(line) == line
    for line in ("The council will vote on the plan at www.example.advertisement",
                 "Funded by ads, the paper says its story continues below",
                 "The council will vote on the plan on Tuesday; the article continues below"):
        assert strip_ad_label(line) == line
    for line in ("Wovon lebt das Netz? Werbung", "Google's real business? Advertising", "Was erstattete sie? Anzeige",
                 "Sector: media. Advertising", "Short. Werbung"):
        assert strip_ad_label(line) == line


def test_drop_clutter_lines() -> None:
    import re

    lines = ["Advertisement", ARTICLE_LINES[0], "Read more", ARTICLE_LINES[1], "Promo: buy now"]
    assert drop_clutter_lines(lines, [re.compile(r"Promo: .*")]) == [ARTICLE_LINES[0], ARTICLE_LINES[1]]


# ------------------------------------------------------------------------------------------------ markup


def _el(attrs: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<div {attrs}>x</div>")


@pytest.mark.parametrize(
    "attrs",
    [
        'class="newsletter-widget-subscription-main"',
        'id="taboola-below"',
        'class="SovrnAd"',
        'class="HTMLAd"',
        'class="adsbygoogle"',
        'class="ad-slot"',
        'class="ArticleBody-adWrapper"',
        'class="OUTBRAIN"',
        'role="complementary"',
        'role="navigation"',
        'aria-label="Advertisement"',
        'data-ad-slot="1234"',
        'data-ad="top"',
        'data-google-query-id="abc"',
        'class="share-bar"',
        'class="readMore"',
        'class="most-popular"',
        'class="cookie-consent"',
        'class="paywall"',
        'style="display: none"',
        'class="go-vh"',
        'class="sr-only"',
        'class="u-visually-hidden"',
        'class="screen-reader-text"',
        'class="Article_elementPoll__0I_DP"',
        'id="poll-widget"',
        'class="image-caption"',
        'class="tr-caption-container"',
        'class="tr-caption"',
    ],
)
def test_clutter_markup(attrs: str) -> None:
    assert clutter_reason(_el(attrs)) is not None


@pytest.mark.parametrize(
    "attrs",
    [
        "",
        'class="article-body"',
        'class="RichTextStoryBody"',
        'class="headline"',
        'class="shadow"',
        'class="loaded"',
        'class="adjective-list"',
        'class="paddington"',
        'class="download-count"',
        'class="thread"',
        'class="badge"',
        'class="header"',
        'class="upload"',
        'class="lead"',
        'class="gradient"',
        'class="roadmap"',
        'class="address"',
        'id="main-content"',
        'role="main"',
        'role="article"',
        'data-adaptive="true"',
        'data-address="Tokyo"',
        'data-added="2023-04-28"',
        'class="article no-ads"',
        'class="article ads-free"',
        'class="story has-ads"',
        'class="chapter vh-100"',
        'class="min-vh-100 d-flex"',
        'class="not-sr-only"',
        'class="ClampContent-hilPkr jVhSBH"',
        # "cmp" is a component in Adobe's and many publishers' naming (cmp-text, cmp-title, v-cmp-suh) as often
        # as a consent manager: it names nothing by itself
        'class="cmp-text"',
        'class="cmp-title__text"',
        'class="v-c-cmp v-n-mrg"',
    ],
)
def test_not_clutter_markup(attrs: str) -> None:
    assert clutter_reason(_el(attrs)) is None


def test_attribute_tokens() -> None:
    assert attribute_tokens("RichTextStoryBody") == ["rich", "text", "story", "body"]
    assert attribute_tokens("HTMLAd") == ["html", "ad"]
    assert attribute_tokens("newsletter-widget_subscription main") == ["newsletter", "widget", "subscription", "main"]
    assert attribute_tokens("") == []


ARTICLE_TEXT = " ".join(
    f"Paragraph {i} of the article tells the reader what happened in the city on Tuesday." for i in range(12)
)


def _page(article_attrs: str, article: str = ARTICLE_TEXT) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        "<html><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<div {article_attrs}><p>{article}</p>"
        '<div class="ad-slot">Advertisement</div></div>'
        '<div class="newsletter-signup">Sign up for our newsletter</div>'
        "</body></html>"
    )


def test_prune_keeps_a_paywall_container_holding_the_article() -> None:
    root = _page('class="paywall article"')
    removed = prune_clutter(root)
    text = text_of(root)
    assert "Paragraph 11 of the article" in text
    assert "Sign up for our newsletter" not in text
    assert "Advertisement" not in text
    assert removed >= 2


def test_prune_keeps_a_short_paywalled_article_holding_most_of_the_text() -> None:
    short = "The council approved the budget on Tuesday after a long debate about school funding."
    root = _page('class="paywall"', short)
    prune_clutter(root)
    assert short in text_of(root)


def test_prune_keeps_paragraphs_each_marked_paywall_that_hold_the_article() -> None:
    # a metered paywall marks every paragraph it would hide, while the page carries them all
    paras = "".join(f'<p class="paywall">Paragraph {i} of the article tells what the council decided and why '
                    f"it matters to the town.</p>" for i in range(12))
    root = lxml.html.fromstring(
        '<html><body><nav><a href="/">Home</a></nav><div class="body"><p>The opening paragraph stays as it is.</p>'
        f'{paras}<p class="paywall-promo">Subscribe</p></div>'
        '<div class="newsletter-signup">Sign up for our newsletter</div></body></html>'
    )
    prune_clutter(root)
    text = text_of(root)
    assert "Paragraph 0 of the article" in text and "Paragraph 11 of the article" in text
    assert "Sign up for our newsletter" not in text


def test_prune_removes_comments_marked_one_by_one_however_many() -> None:
    comments = "".join(f'<li class="comments__item">Reader {i} wrote that the council had got it wrong again and '
                       f"that the ferry should keep running through the winter months.</li>" for i in range(12))
    root = lxml.html.fromstring(f"<html><body><div><p>{ARTICLE_TEXT}</p></div><ul>{comments}</ul></body></html>")
    prune_clutter(root)
    assert "Reader 0 wrote" not in text_of(root)
    assert "Paragraph 11" in text_of(root)


def test_prune_removes_a_few_marked_paragraphs_and_hidden_ones_however_many() -> None:
    few = "".join(f'<p class="promo">Try our app for the latest news, number {i}.</p>' for i in range(3))
    hidden = "".join(f'<p style="display:none">Hidden paragraph {i} with text nobody sees on the page at all.</p>'
                     for i in range(12))
    root = lxml.html.fromstring(f"<html><body><div><p>{ARTICLE_TEXT}</p>{few}{hidden}</div></body></html>")
    prune_clutter(root)
    text = text_of(root)
    assert "Try our app" not in text
    assert "Hidden paragraph" not in text
    assert "Paragraph 11" in text


def _with_box(box: str) -> "lxml.html.HtmlElement":
    return lxml.html.fromstring(f"<html><body><div class='story'><p>{ARTICLE_TEXT}</p></div>"
                                f"<div class='row'><div class='col'>{box}</div></div></body></html>")


def test_prune_removes_a_subscription_box_around_a_button() -> None:
    root = _with_box(
        "<p class='lead'>Two weeks free</p><p>Read the printed paper for two weeks: it comes to your letterbox, "
        "and the offer ends by itself.</p><div class='btn btn-primary'><a href='https://shop.example.de/abo/probeabo.php'>"
        "Order now</a></div>")
    prune_clutter(root)
    text = text_of(root)
    assert "Two weeks free" not in text and "letterbox" not in text
    assert "Paragraph 11 of the article" in text


@pytest.mark.parametrize("label", ["Jetzt abonnieren", "Subscribe now", "Sign up for free", "Je m'abonne"])
def test_prune_removes_a_newsletter_box_around_a_script_button(label: str) -> None:
    # no link and no class to go by: a <button> a script sends, labelled as a call to subscribe
    root = _with_box("<div class='_content_x9'><h2 class='_title_x9'>Sport inside</h2><p class='_desc_x9'>Every "
                     f"Monday the week's top stories from the sports desk</p><button><span>{label}</span>"
                     "</button></div>")
    prune_clutter(root)
    text = text_of(root)
    assert "top stories from the sports desk" not in text and "Paragraph 11 of the article" in text


@pytest.mark.parametrize("box", [
    # a block editor's group: a heading, a blurb and a button linking to the newsletters page
    "<div class='wp-block-group has-background'><h3>The Harbour Daily</h3><p>The stories that matter, every weekday "
    "at seven.</p><div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' "
    "href='/newsletters'>Sign up</a></div></div></div>",
    # a sign-up form: an address to give, a submit button with its label in its value
    "<div class='box'><p><b>Never miss a story</b></p><p>The day's news from the harbour, sent to you each evening.</p>"
    "<form><input type='email' placeholder='you@example.com'><input type='submit' value='Sign up'></form></div>",
    "<div class='box'><p><b>Never miss a story</b></p><p>The day's news from the harbour, sent to you each evening.</p>"
    "<form><input type='text' name='address'><input type='submit' value='Sign me up'></form></div>",
    "<div class='box'><p><b>Never miss a story</b></p><p>The day's news from the harbour, sent to you each evening.</p>"
    "<button>Register</button></div>",
])
def test_prune_removes_a_newsletter_box_its_class_does_not_name(box: str) -> None:
    root = _with_box(box)
    prune_clutter(root)
    text = text_of(root)
    assert "every weekday" not in text and "each evening" not in text and "Paragraph 11 of the article" in text


def test_prune_keeps_a_form_that_asks_for_no_sign_up() -> None:
    root = _with_box("<div class='box'><p>Find a ferry time: enter the day you want to travel on.</p><form>"
                     "<input type='date'><input type='submit' value='Search'></form></div>")
    prune_clutter(root)
    assert "Find a ferry time" in text_of(root)


@pytest.mark.parametrize("label", ["Subscribe to the podcast episode list below", "Show more", "Mehr anzeigen"])
def test_prune_keeps_a_box_around_another_button(label: str) -> None:
    root = _with_box(f"<div><p>Every Monday the week's top stories from the sports desk</p><button>{label}</button>"
                     "</div>")
    prune_clutter(root)
    assert "top stories from the sports desk" in text_of(root)


def test_prune_keeps_a_paragraph_linking_to_subscriptions_in_a_sentence() -> None:
    root = _with_box("<p>The paper said its <a href='/subscriptions/'>subscriptions</a> rose by a tenth last year, "
                     "the first rise in a decade.</p>")
    prune_clutter(root)
    assert "rose by a tenth" in text_of(root)


def test_prune_keeps_a_large_section_around_a_subscription_button() -> None:
    long_text = " ".join(f"Sentence {i} of a long section that is part of the story." for i in range(40))
    root = _with_box(f"<p>{long_text}</p><a class='button' href='/subscribe'>Subscribe</a>")
    prune_clutter(root)
    assert "Sentence 39 of a long section" in text_of(root)


def test_prune_keeps_what_is_kept() -> None:
    root = _page('class="article"')
    box = root.find_class("newsletter-signup")[0]
    prune_clutter(root, keep=[box])
    assert "Sign up for our newsletter" in text_of(root)


def test_prune_removes_link_heavy_related_block_even_when_large() -> None:
    links = "".join(f'<li><a href="/s{i}">Related story number {i} about the city council</a></li>' for i in range(40))
    root = lxml.html.fromstring(
        f'<html><body><div class="article"><p>{ARTICLE_TEXT}</p></div><div class="related">'
        f"<ul>{links}</ul></div></body></html>"
    )
    prune_clutter(root)
    text = text_of(root)
    assert "Related story number" not in text
    assert "Paragraph 11" in text


def test_prune_keeps_tail_text() -> None:
    root = lxml.html.fromstring('<html><body><p>Before <span class="ad">AD</span> after.</p></body></html>')
    prune_clutter(root)
    assert text_of(root) == "Before after."


# ------------------------------------------------------------------ closing credits, promos and stamps (issue 4)

CLOSING_CLUTTER = [
    "Reporting by Jane Doe; additional reporting by John Roe; Editing by Mary Major",
    "(Reporting by Jane Doe and John Roe, editing by Mary Major.)",
    "Additional reporting by Jane Doe",
    "Jane Doe contributed reporting from Lagos.",
    "Got a news tip? Send it to tips@example.com.",
    "Jane Doe can be reached at jdoe@example.com or on 555-0100.",
    "Follow the Example Desk on Instagram and Bluesky.",
    "Jane Doe writes about science and the sea. Follow her on Bluesky.",
    "Like this article? Pass it on to your friends.",
    "Tell us what you think!",
    "Filed under: Transport, Harbour",
    "Tags: budget, council",
    "Source: Example Wire",
    "Updated on 12 May 2024, 08:15",
    "Lesezeit: 4 Minuten",
    "5 min read",
    "Never miss a story: sign up for our free newsletter and get it in your inbox.",
    "Subscribe to The Harbour Letter now and get the week's news in your inbox every Friday.",
    "When you buy through links on this page, the publisher may earn an affiliate commission.",
    "Six issues for \u20ac9.90 and free delivery: subscribe now.",
    "Unlock our premium membership for as little as $2 a month.",
    "We would love to hear from you: write to the editors at the address below.",
    "[cta url=\u201dhttps://example.com/join\u201d]Join the club[/cta]",
    "Copyright 2021 Example Media Group",
    "\u00a9 Example News",
    "\uc785\ub825 : 2023.04.05 10:12",
    # agency and desk sign-offs, editors and translators, appeals
    "(dmk)",
    "(ap/dpa)",
    "SDA/sep",
    "mit dpa",
    "With AFP and Reuters",
    "Mit Material von dpa und AFP.",
    "With files from The Associated Press",
    "\u2013 Additional reporting from Jane Doe in Lagos",
    "Mit Informationen der Nachrichtenagenturen dpa und Reuters.",
    "Redaktion: Jane Doe, John Roe",
    "\u00dcbersetzung: Jane Doe",
    "Aus dem Englischen \u00fcbersetzt von Jane Doe",
    "Translated by Jane Doe",
    "\u00dcbersetzung: Jane Doe, Redaktion: John Roe, Schlussredaktion: Mary Major",
    "Mit Informationen der Korrespondenten und der Agenturen dpa, AFP und Reuters.",
    "Hat Ihnen dieser Beitrag gefallen? Dann unterst\u00fctzen Sie unsere Arbeit mit einer Spende.",
    "Got a story? Get in touch with our news team at news@example.com",
    "This is a breaking news story and will be updated.",
    "For more stories like this, follow us.",
    "Photo: Jane Doe / Reuters",
    "Foto: picture alliance/dpa",
    "Bild: Maximilian Beispiel",
    "Most read in Football",
    "Recommended Videos",
    "Our newsletter brings you the day's news in five minutes.",
    "Sie m\u00f6chten den Tag kurz zusammengefasst? Dann ist unser t\u00e4glicher Newsletter richtig f\u00fcr Sie \u2013 hier entlang.",
]
CLOSING_ARTICLE = [
    "Redaktion: die neue Regel gilt ab Montag",  # a sentence about an editorial office, not its names
    "Von Kiew nach Berlin",  # a subheading
    "With reporting from the front lines banned, the agency relied on satellite images.",
    "Do you have a story? Many readers do, the editor said.",
    "Photo: a man walks past the burnt-out shop in the old town. Police said the fire started at night.",
    "The company sent a newsletter to its 3,000 customers on Monday.",
    "Die Firma verschickte am Montag einen Newsletter an ihre Kunden.",
    "With reports from Ukraine suggesting heavy losses, Western officials urged caution on Tuesday.",
    "Mit Informationen der Polizei konnte der mutma\u00dfliche T\u00e4ter schlie\u00dflich am Montag gefasst werden.",
    "Mit Material von Greenpeace belegten die Forscher, dass die Werte stiegen.",
    "Getting in touch with the rescue team took three hours, the mountaineer said after his return.",
    "\"If you want to reach young voters, a newsletter is not enough,\" the campaign manager said.",
    "Sie verschickte den Newsletter jeden Montag an rund 3000 Mitglieder der Partei.",
    "Edited by Helen Lewis, the collection brings together essays from twelve writers",
    "Credit: Banks tightened lending standards for the fourth quarter in a row",
    "\u00dcbersetzung: Maria Schmidt hat das Buch ins Deutsche \u00fcbertragen",
    "Like many on Twitter, he complained about the service.",
    "Copyright infringement cases rose 20% last year.",
    "Readers can subscribe to the newsletter for a fee, the company said.",
    "The source said the talks had stalled.",
    "Reporting by the Times showed the deal had collapsed after months of talks between the two sides.",
    "Updated figures show a 3% rise in sales over the quarter.",
    "Netflix raised its subscription price to $15.49 a month on Tuesday.",
    "The sheriff's office said the suspect can be reached by phone only through his lawyer.",
]


@pytest.mark.parametrize("line", CLOSING_CLUTTER)
def test_closing_clutter_line(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", CLOSING_ARTICLE)
def test_closing_article_line_is_not_clutter(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("attrs", ['class="rollover-people-block"', 'class="tooltip"', 'id="wpfront-notification-bar"'])
def test_hover_and_notification_markup(attrs: str) -> None:
    assert clutter_reason(_el(attrs)) is not None


@pytest.mark.parametrize(
    "attrs", ['class="box article modal-enabled"', 'class="entry-content entry-content-read-more"']
)
def test_content_container_with_a_widget_word(attrs: str) -> None:
    assert clutter_reason(_el(attrs)) is None


def test_a_block_removed_between_two_runs_of_text_leaves_them_on_two_lines() -> None:
    import lxml.html

    from crawler._clutter import drop_element
    from crawler._html import text_of

    root = lxml.html.fromstring("<div>First sentence.<div id='poll-widget'><span>x</span></div>Second sentence."
                                "<span class='ad'>Ad</span> and the rest.</div>")
    drop_element(root.find(".//div"))
    drop_element(root.find(".//span"))
    assert lxml.html.tostring(root, encoding=str) == "<div>First sentence.<br>Second sentence. and the rest.</div>"
    linked = lxml.html.fromstring("<div>Text before <a href='/x'>the link</a><div class='ad'>Ad</div>Next one.</div>")
    drop_element(linked.find(".//div"))
    assert text_of(linked) != "Text before the linkNext one."
    assert lxml.html.tostring(linked, encoding=str) == '<div>Text before <a href="/x">the link</a><br>Next one.</div>'


def test_no_line_pattern_backtracks_without_end() -> None:
    """A hang guard, not a speed target: lines built to make a pattern try every way of splitting them (a promo's
    words over and over, dots inside names, separators between networks) are read at once. A pattern that can split
    a line in exponentially many ways takes minutes on such a 600-character line."""
    import time

    openings = ["Follow us on X ", "Follow The Harbour Post on X. ", "Die Zeitung auf Social Media: ",
                "You are using a browser ", "Log in or create an account to ", "This content is blocked due to your ",
                "Ich bin damit einverstanden, dass mir ", "An dieser Stelle finden Sie ", "Our standards: ",
                "This is a breaking news story ", "Jane Roe covers the port. ", "Swipe "]
    fillers = ["subscribe, ", "download. ", "sign up ", "X and ", "a.b ", "you can get ", "Facebook, ", "here. ",
               "Seine Artikel finden Sie hier ", "newsletter inbox you ", "privacy settings. "]
    lines = [(opening + filler * 80)[:590] + "!x" for opening in openings for filler in fillers]
    t0 = time.process_time()
    for line in lines:
        is_clutter_line(line)
    assert time.process_time() - t0 < 10, "a line pattern backtracks without end"


def test_a_note_on_first_publication_is_only_the_note() -> None:
    assert is_clutter_line("Dieser Artikel ist zuerst im Hafenblatt erschienen.")
    assert not is_clutter_line("Der Artikel erschien zuerst in der Zeitung, die ihn dann zur\u00fcckzog.")
    assert not is_clutter_line("This article first appeared in print, and readers wrote in.")


# (session 16) calls to the reader the line rules missed, invented in the manner of real widgets and promos
MORE_CLUTTER = [
    "Share on Facebook Share on X Share via Email",
    "Auf Facebook teilen",
    "Gift this article",
    "Send this story to a friend",
    "この記事をシェアする",
    "分享到微信",
    "Condividi l'articolo",
    "Compartilhe esta notícia",
    "Haberi paylaş",
    "What do you think? Let us know in the comments below.",
    "Get bite-sized updates in our app. Give it a go!",
    "Read this article in the Riverside Gazette app.",
    "Lees verder in onze app",
    "Czytaj dalej w aplikacji",
    "Turn on notifications so you never miss breaking news.",
    "Jetzt kostenlos registrieren und weiterlesen.",
    "Sign up here for The Morning Note, our daily email on business.",
    "Don't miss out: the best of our reporting, chosen each Saturday. Subscribe here.",
    "Want the best of our coverage? Subscribe to our weekly roundup.",
    "Unterstützen Sie unabhängigen Journalismus mit einer Spende.",
    "Soutenez une presse indépendante : faites un don.",
    "Wesprzyj niezależne dziennikarstwo.",
    "Please support our independent reporting with a one-off donation.",
    "Artykuł został przygotowany przy pomocy sztucznej inteligencji.",
    "Texten är skapad med hjälp av AI.",
    "この記事は生成AIを利用して作成しました。",
    "本文由AI辅助生成",
    "Compare how 31 outlets covered this story",
    "Blindspot: fewer than 15% of the sources lean right",
    "📷 Anna Berg / Riverside Gazette",
    "📸 Reuters",
    "Te puede interesar",
    "Ti potrebbe interessare",
    "The views expressed in this column are those of the author and do not necessarily reflect those of the Gazette.",
    "Opinions expressed here are solely those of the author.",
]
# sentences of a story that share those promos' words: each names who said it, or speaks of someone else's
MORE_ARTICLE = [
    "Wer den Newsletter der Behörde abonnieren wollte, musste seine Adresse angeben, kritisieren Verbraucherschützer.",
    "Last updated in 1987, the register was of no use to the inspectors.",
    "By clicking accept, users agree to be tracked across hundreds of websites, the study found.",
    "By continuing to use the service, you agree to share your location, the regulator warned.",
    "Members can now subscribe to the newsletter at no cost, the chairman said, after the club dropped its fee.",
    "Voters can now register by e-mail, and confirmations arrive in their inbox within minutes.",
    "Fake newsletters often land in your inbox dressed up as tax notices, police warned.",
    "“We would love to hear from you,” the gallery wrote to the family of the missing artist.",
    "When you buy a flight, the carrier must now disclose the commission it pays travel agents.",
    "“We earn a commission on every sale,” the dealer admitted in court.",
    "The company claimed “all rights reserved” on the songs, a claim the judge rejected.",
    "Generations of pupils read her stories at school.",
    "Pool membership is available for as little as €8 a month, the town hall said.",
    "The article was written with help from AI, the magazine conceded after readers complained.",
    "Share the road: the city painted new cycle lanes on Facebook's doorstep.",
    "The views expressed in the report are those of the authors and not of the government, the ministry said.",
    "Te puede interesar saber que el museo abre los lunes, dijo la directora.",
]


@pytest.mark.parametrize("line", MORE_CLUTTER)
def test_more_calls_to_the_reader_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", MORE_ARTICLE)
def test_reported_and_look_alike_sentences_stay(line: str) -> None:
    assert not is_clutter_line(line)


def test_the_scanning_patterns_word_finder_finds_what_a_test_for_each_word_finds() -> None:
    from crawler._clutter import _word_finder

    words = {"sign up", "signal", "sig", "find ", "finden sie", "@", "a.b", "(x)", "ign", "所有", "права"}
    finder = _word_finder(words)
    for text in ["a signal", "sign", "si", "nothing here", "to find out", "findings", "mail@host", "aXb", "a.b",
                 "(x) y", "x", "sign up and signal", "版权所有", "все права", ""]:
        assert {word for _, word in finder.iter(text)} == {word for word in words if word in text}, text


# labels of more scripts and languages: read-also lines, share, ad and comment labels, follow calls, credits
@pytest.mark.parametrize("line", [
    "اقرأ أيضا: ارتفاع عدد ركاب المترو إلى مستوى قياسي",
    "اقرأ أيضًا:",
    "إعلان",
    "شارك",
    "تابعوا آخر الأخبار عبر تطبيق المصري نيوز",
    "קראו גם: קו מטרונית חדש יוצא לדרך",
    "פרסומת",
    "שתפו",
    "כל הזכויות שמורות",
    "بیشتر بخوانید:",
    "انتهای پیام/",
    "اشتراک گذاری",
    "ये भी पढ़ें: दिल्ली मेट्रो का किराया बढ़ा",
    "विज्ञापन",
    "शेयर करें",
    "Διαβάστε επίσης: Αυξάνονται οι πτήσεις προς τα νησιά",
    "ΔΙΑΦΗΜΙΣΗ",
    "Κοινοποίηση",
    "Ακολουθήστε μας στο Google News",
    "Читайте також: Уряд продовжив програму здешевлення кредитів",
    "Підписуйтесь на наш Telegram-канал",
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях",
    "Комментарии (4)",
    "Фото: пресс-служба клуба",
    "Čtěte také: Vláda schválila nový energetický zákon",
    "Sdílet",
    "Olvasd el: Rekordot döntött a budapesti tőzsde",
    "Hirdetés",
    "Xem thêm: Tỷ giá USD hôm nay",
    "Quảng cáo",
    "Bình luận (8)",
    "Publicitate",
    "Sursa: Agerpres",
    "Kaynak: AA",
    "Bagikan",
    "Simak berita dan artikel lainnya di Google News",
    "Delen",
    "Del artikkelen",
    "Jaa artikkeli",
    "Siga o Diário do Recife no Instagram",
    "Receba notícias do Folha do Cerrado no WhatsApp",
    "VÍDEOS: os destaques da região",
    "Riproduzione riservata ©",
    "延伸閱讀",
    "延伸閱讀》 中颱逼近 南部嚴防豪雨",
    "相關新聞：",
    "看更多",
    "本文来源：经济观察网",
    "扫码下载城市晚报客户端，看更多本地新闻",
    "▸ 加入台北新聞網LINE好友，掌握最新消息",
    "[관련기사]",
    "관련기사 따릉이 야간 이용 급증…안전 대책은",
    "▶ 제보는 카카오톡 okjebo",
    "2025/04/05 15:42 송고",
])
def test_clutter_line_in_more_languages(line: str) -> None:
    assert is_clutter_line(line), line


# article sentences that open with those labels' words stay
@pytest.mark.parametrize("line", [
    "اقرأ أيضا ما كتبه الأطباء في تقريرهم السنوي قبل أن تحكم على الأرقام، قال مدير المستشفى للصحفيين.",
    "شارك آلاف الأشخاص صباح الجمعة في مسيرة على كورنيش المدينة.",
    "إعلان نتائج المسح الصحي الوطني سيكون في الشهر المقبل، بحسب وزارة الصحة.",
    "«Подпишитесь на нашу петицию, пока не поздно», — призывали активисты прохожих у здания мэрии.",
    "Подпишитесь на нашу петицию, пока не поздно, призывали активисты у здания мэрии",
    "Комментарии экспертов разошлись: одни считают, что деревья аварийные.",
    "Κοινοποίηση στοιχείων σε τρίτους χωρίς συγκατάθεση διαπιστώθηκε σε δύο περιπτώσεις.",
    "Διαβάστε επίσης την απόφαση της Αρχής, ανέφερε ο δικηγόρος των καταναλωτών.",
    "Quảng cáo thuốc giả tràn lan trên mạng xã hội, Bộ Y tế cảnh báo.",
    "Chia sẻ với phóng viên, một dược sĩ cho biết nhiều khách hàng mang thuốc đến nhờ kiểm tra.",
    "Bình luận về tình trạng này, chuyên gia cho rằng cần xử phạt nặng.",
    "Olvasd el azt is, mit mondott a polgármester a közgyűlésen.",
    "Siga o dinheiro e você encontrará os responsáveis, afirmou o delegado aos parlamentares.",
    "विज्ञापन पर कंपनियों का खर्च पिछले साल 20 फीसदी बढ़ा।",
    "下载量最高的十款应用中，有七款来自国内开发商，其中三款是今年新上线的产品。",
    "分享经济类应用的用户数也在回升，共享单车和二手交易平台表现突出。",
    "제보는 이메일로 처음 들어왔다고 경찰은 밝혔다.",
    "관련 기사 댓글에는 피해자 보호 대책을 요구하는 목소리가 이어졌다.",
    "Kaynak sularının yüzde 40 azaldığını belirten yetkililer, vatandaşlardan tasarruf istedi.",
    # "carried" and "they followed", beside a platform's or a channel's name
    "حمل وزير الخارجية، في تدوينة على فيسبوك، إسرائيل مسؤولية التصعيد في المنطقة.",
    "حمل المتظاهرون لافتات أمام مقر قناة الجزيرة في الدوحة.",
    "تابعوا المباراة عبر قناة بي إن سبورت مساء الأحد.",
])
def test_article_line_in_more_languages_is_not_clutter(line: str) -> None:
    assert not is_clutter_line(line), line


def test_a_press_release_numbered_as_a_texts_heading_stays() -> None:
    # a story comparing two releases of a ministry heads each part "Press release 1", "Press release 2" (invented
    # page of a regional paper); a release's own number stamp ("Press release No. 45/2025") is furniture
    from crawler import ExtractOptions, Extractor
    paragraphs = ["The ministry sent two statements about the school closures within an hour on Tuesday, and they do "
                  "not say the same thing about the dates.",
                  "The first said all village schools in the valley would close at the end of the summer term.",
                  "The second, sent an hour later, said only two of them would close, and not before next year."]
    html = ("<html lang='en'><head><title>Two statements, two answers</title></head><body><article>"
            f"<h1>Two statements, two answers</h1><p>{paragraphs[0]}</p><h2>Press release 1</h2><p>{paragraphs[1]}</p>"
            f"<h2>Press release 2</h2><p>{paragraphs[2]}</p><p>Press release No. 45/2025</p></article></body></html>")
    body = Extractor(ExtractOptions(use_profiles=False)).extract(html, "https://www.valley-post.example/schools").body
    assert body.split("\n\n") == [paragraphs[0], "Press release 1", paragraphs[1], "Press release 2", paragraphs[2]]
    assert not is_clutter_line("Pressemitteilung 2") and is_clutter_line("Pressemitteilung 87/2025")
