"""Whole article pages of news portals in languages and publishing systems tested little so far, read by the
generic path.

Every page here is written for these tests and modelled on the markup a kind of portal prints: an Indonesian portal
("Baca juga" link boxes, "Simak Video" lines, "Halaman 1 2 Selanjutnya" pages, the editors' initials), a Turkish
portal ("İlgili Haberler" boxes, "Haberin devamı için tıklayın", the agency's line), a Polish daily's paywalled
teaser ("Reklama" labels, "Polecamy" boxes, "Czytaj więcej"), a Japanese national daily's member-only story
("この記事は有料会員限定です", "写真：" captions, "関連記事"), a Hindi portal ("यह भी पढ़ें", "Advertisement", the app
promo), a Thai portal, a Greek and a Hebrew portal, a Russian portal ("Читайте также", the channel call), a
Brazilian portal ("Leia também", "Continua após a publicidade") and a Spanish regional daily ("Te puede
interesar", the newsletter box). The outlets, people and stories are invented. Each test asserts the whole body:
the article's paragraphs, in order, once, and nothing else.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- an Indonesian news portal ----------------------------------------------------------------------------------------

ID_TITLE = "Pemkab Karangsari Buka 12 Posko Mudik di Jalur Selatan"
ID = ["Karangsari - Pemerintah Kabupaten Karangsari membuka 12 posko mudik di sepanjang jalur selatan menjelang "
      "libur Lebaran tahun ini.",
      "Bupati Karangsari, Hendra Gunawan, mengatakan posko tersebut dilengkapi tenaga kesehatan, mekanik, dan "
      "tempat istirahat bagi pemudik.",
      "\"Kami ingin pemudik yang melintas di wilayah kami merasa aman dan nyaman,\" ujar Hendra kepada wartawan, "
      "Senin (17/3/2025).",
      "Menurut Hendra, posko akan beroperasi selama 24 jam mulai H-7 hingga H+7 Lebaran.",
      "Dinas Perhubungan juga menyiapkan jalur alternatif untuk mengurai kepadatan di simpang Pasar Lama."]


def indonesian_page() -> str:
    # modelled on an Indonesian portal's detail page: the text in .detail__body-text, "Baca juga" boxes as link
    # tables between paragraphs, a "Simak Video" line with its embed, an in-body ad, the editors' initials in
    # parentheses closing the text, the page links "Halaman 1 2 Selanjutnya" and a tag list under it
    baca = ('<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong>'
            '<a href="https://news.kabarkarang.example/berita/d-7001/tol-selatan">Tol Selatan Dibuka Fungsional '
            'Saat Mudik</a></div></td></tr></tbody></table>')
    video = ('<div class="sisip_video_ds"><p><strong>Simak Video "Arus Mudik di Jalur Selatan Mulai Padat"</strong>'
             '</p><div class="embed-video" data-src="https://20.kabarkarang.example/embed/123"></div></div>')
    ad = '<div class="parallaxindetail scrollpage"><div id="div-gpt-ad-parallax"></div><span>ADVERTISEMENT</span></div>'
    body = (f'{paras(ID[:2])}{baca}{paras(ID[2:3])}{ad}{paras(ID[3:4])}'
            f'<p>{ID[4]}</p><p>(hns/rdp)</p>{video}'
            '<p>Artikel ini telah tayang di <a href="https://www.tribunkarang.example">Tribunkarang.example</a> '
            'dengan judul Pemkab Buka 12 Posko Mudik</p>')
    article = (f'<article class="detail"><div class="detail__header"><h1 class="detail__title">{ID_TITLE}</h1>'
               '<div class="detail__author">Andi Saputra - kabarKarang</div><div class="detail__date">Senin, 17 Mar '
               '2025 14:05 WIB</div></div><div class="detail__body itp_bodycontent_wrapper">'
               f'<div class="detail__body-text itp_bodycontent">{body}</div>'
               '<div class="detail__long-nav"><span>Halaman</span><a class="selected" href="?page=1">1</a>'
               '<a href="?page=2">2</a><a class="next" href="?page=2">Selanjutnya</a></div>'
               '<div class="detail__body-tag"><div class="nav"><a class="nav__item" href="/tag/mudik">mudik</a>'
               '<a class="nav__item" href="/tag/posko-mudik">posko mudik</a><a class="nav__item" '
               'href="/tag/karangsari">karangsari</a></div></div></div></article>')
    return html_page(f"{ID_TITLE}", f'<div class="grid-row"><div class="column-8">{article}</div></div>', lang="id")


# -- a Turkish news portal ------------------------------------------------------------------------------------------

TR_TITLE = "Yeşilköy Belediyesi sahil yolunda bisiklet yolu çalışmasına başladı"
TR = ["Yeşilköy Belediyesi, sahil yolu boyunca 8 kilometrelik bisiklet yolu yapımına başladı.",
      "Belediye Başkanı Murat Ersoy, projenin yaz sezonundan önce tamamlanmasının hedeflendiğini söyledi.",
      "Ersoy, \"Vatandaşlarımızın sahilde güvenle bisiklet sürebilmesi için çalışıyoruz\" dedi.",
      "Çalışmalar süresince sahil yolunda trafik tek şeritten sağlanacak."]


def turkish_page() -> str:
    # modelled on a Turkish portal's news page: an "İlgili Haberler" box of links between paragraphs, a
    # "Haberin devamı için tıklayın" link line, an ad slot, the agency's line in parentheses, a share bar
    # ("Paylaş") and a tag list
    related = ('<div class="related-news-inline"><div class="title">İLGİLİ HABERLER</div><ul>'
               '<li><a href="/yerel/sahil-yolu-trafige-kapatildi-41234">Sahil yolu trafiğe kapatıldı</a></li>'
               '<li><a href="/yerel/yeni-park-acildi-41200">Yeşilköy\'e yeni park açıldı</a></li></ul></div>')
    share = ('<div class="share-area"><span>Paylaş</span><a class="fb" href="#">Facebook</a><a class="tw" href="#">'
             'Twitter</a><a class="wa" href="#">WhatsApp</a></div>')
    article = (f'<div class="news-detail"><h1 class="news-title">{TR_TITLE}</h1><div class="news-date">'
               '<time datetime="2025-03-18T11:42:00+03:00">18.03.2025 - 11:42</time></div>{share}'
               f'<div class="news-content" property="articleBody">{paras(TR[:2])}{related}'
               f'<p><a href="/yerel/bisiklet-yolu-detay-41300"><strong>Haberin devamı için tıklayın</strong></a></p>'
               f'<div class="adv"><div id="ad_inread"></div></div>{paras(TR[2:])}<p>(DHA)</p>'
               '<p><a href="https://news.google.example/publications/yesilkoy">Google News\'te Takip Et</a></p></div>'
               '<div class="tags"><a href="/etiket/yesilkoy">Yeşilköy</a><a href="/etiket/bisiklet">bisiklet</a>'
               '</div></div>').replace("{share}", share)
    return html_page(f"{TR_TITLE} - Yerel Haberler", f'<div class="container"><main>{article}</main></div>',
                     lang="tr")


# -- a Polish daily's paywalled teaser ----------------------------------------------------------------------------------

PL_TITLE = "Nowy most na Wiśle w Borowie. Miasto podpisało umowę z wykonawcą"
PL = ["Władze Borowa podpisały we wtorek umowę na budowę nowego mostu na Wiśle. Prace mają ruszyć jeszcze tej "
      "wiosny.",
      "Most będzie miał 640 metrów długości, dwa pasy ruchu w każdą stronę oraz drogę rowerową.",
      "- To największa inwestycja w historii miasta - mówił na konferencji prezydent Borowa Adam Nowicki.",
      "Koszt budowy oszacowano na 420 mln zł, z czego połowę pokryją fundusze unijne."]


def polish_page() -> str:
    # modelled on a Polish daily's paywalled story: the lead in bold, "Reklama" labels over ad slots between
    # paragraphs, a "Polecamy" box of links, the text cut short by the paywall with its "Czytaj więcej" offer
    polecamy = ('<div class="recommended-inline"><span class="label">Polecamy:</span><ul><li><a href="/borow/'
                '7,12345,stary-most.html">Stary most do remontu. Będą utrudnienia</a></li></ul></div>')
    ad = '<div class="ad-container"><span class="ad-label">Reklama</span><div id="adsMiddle1"></div></div>'
    paywall = ('<div class="paywall-box"><p class="paywall-title">Czytaj więcej</p><p>Ten artykuł jest dostępny '
               'tylko dla subskrybentów. Zamów prenumeratę, aby czytać bez ograniczeń.</p>'
               '<a class="btn" href="/subskrypcja">Kup dostęp</a></div>')
    article = (f'<article class="art"><h1 class="art-title">{PL_TITLE}</h1><div class="art-author">Katarzyna '
               'Wiśniewska</div><div class="art-date">18 marca 2025 | 09:15</div><div class="art-body">'
               f'<p class="art-lead"><b>{PL[0]}</b></p>{paras(PL[1:2])}{ad}{polecamy}{paras(PL[2:3])}'
               '<div class="video-inline"><p class="video-label">Dalsza część artykułu pod materiałem wideo</p>'
               f'<div class="player" data-id="v123"></div></div>{paras(PL[3:])}{ad}'
               '<p class="thanks"><i>Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! '
               'Obserwuj nas w Wiadomościach Google.</i></p></div>'
               f'{paywall}</article>')
    return html_page(f"{PL_TITLE} | Gazeta Borowska", f'<div id="page"><main>{article}</main></div>', lang="pl")


# -- a Japanese national daily, a member-only story ------------------------------------------------------------------

JP_TITLE = "港南市、空き家を子育て世帯向け住宅に改修　来年度から"
JP = ["港南市は来年度から、市内の空き家を改修して子育て世帯に貸し出す事業を始める。",
      "市によると、市内の空き家は約2800戸にのぼり、5年前から2割増えた。",
      "改修費は1戸あたり最大500万円を市が負担し、家賃は周辺相場の半額程度に抑える。"]


def japanese_daily_page() -> str:
    # modelled on a Japanese national daily's member-only story: the first paragraphs, a photo with its "写真："
    # caption, the notice that the rest is for paying members with the characters left, a "関連記事" list
    photo = ('<figure class="photo"><img src="/img/akiya.jpg" alt=""><figcaption>写真：改修される予定の空き家＝'
             '港南市、山田太郎撮影</figcaption></figure>')
    notice = ('<div class="regist-box"><p class="notice">この記事は有料会員限定です。残り1120文字</p>'
              '<p>有料会員になると続きをお読みいただけます。</p><a href="/subscribe">今すぐ登録</a>'
              '<a href="/login">ログイン</a></div>')
    related = ('<section class="related"><h2>関連記事</h2><ul><li><a href="/articles/ASR1">空き家対策、全国で'
               '広がる</a></li><li><a href="/articles/ASR2">港南市の人口、3年連続で増加</a></li></ul></section>')
    article = (f'<article><div class="article-header"><h1>{JP_TITLE}</h1><p class="byline">鈴木花子</p>'
               '<time datetime="2025-03-18T05:00:00+09:00">2025年3月18日 5時00分</time></div>'
               f'<div class="article-body">{photo}{paras(JP[:1])}<p><a href="/photo/AS2025031800001">【写真】'
               f'改修前の空き家の内部</a></p>{paras(JP[1:])}{notice}</div>{related}</article>')
    return html_page(f"{JP_TITLE}：港南新聞デジタル", f"<main>{article}</main>", lang="ja")


# -- a Hindi news portal --------------------------------------------------------------------------------------------

HI_TITLE = "रामपुर में नया बस अड्डा अगले महीने से शुरू होगा"
HI = ["रामपुर में लंबे समय से बन रहा नया बस अड्डा अगले महीने से यात्रियों के लिए खोल दिया जाएगा।",
      "परिवहन विभाग के क्षेत्रीय प्रबंधक ने बताया कि यहां से रोजाना करीब 300 बसें चलेंगी।",
      "बस अड्डे पर यात्रियों के लिए प्रतीक्षालय, कैंटीन और पीने के पानी की व्यवस्था की गई है।",
      "पुराने बस अड्डे को शहर के भीतर की सेवाओं के लिए इस्तेमाल किया जाएगा।"]


def hindi_page() -> str:
    # modelled on a Hindi portal's story: "यह भी पढ़ें" link lines between paragraphs, "Advertisement" labels over
    # ad slots, an app promo box ("ऐप डाउनलोड करें") and a share bar
    also = ('<p class="also-read"><strong>यह भी पढ़ें: </strong><a href="/city/rampur/news-1234">रामपुर में '
            'सड़कों की मरम्मत शुरू</a></p>')
    ad = '<div class="ad-unit"><span class="ad-text">Advertisement</span><div id="div-gpt-ad-2"></div></div>'
    app = ('<div class="app-promo-box"><p>ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें</p><a href="#">ऐप डाउनलोड करें'
           '</a></div>')
    share = '<div class="social-share"><a href="#">शेयर करें</a><a href="#">WhatsApp</a></div>'
    article = (f'<div class="story-detail"><h1 class="story-title">{HI_TITLE}</h1><div class="story-meta">'
               'न्यूज डेस्क, रामपुर<span>Published by: सुनीता शर्मा</span><span>Updated Tue, 18 Mar 2025 10:20 AM '
               f'IST</span></div>{share}<div class="story-content"><div class="expand-btn"><a href="#">विस्तार</a></div>'
               f'{paras(HI[:2])}{ad}{also}{paras(HI[2:])}{ad}'
               '<p>देश-दुनिया की ताज़ा खबरों के लिए हमें Google News पर फॉलो करें</p>'
               f'</div>{app}<div class="trending-videos"><h3>Trending Videos</h3><a href="/video/1">रामपुर में '
               'भारी बारिश</a></div></div>')
    return html_page(f"{HI_TITLE} - रामपुर समाचार", f'<div class="main-container">{article}</div>', lang="hi")


# -- a Thai news portal ---------------------------------------------------------------------------------------------

TH_TITLE = "จังหวัดบ้านนาเตรียมเปิดศูนย์ดูแลผู้สูงอายุแห่งแรก"
TH = ["จังหวัดบ้านนาเตรียมเปิดศูนย์ดูแลผู้สูงอายุแห่งแรกของจังหวัดในเดือนพฤษภาคมนี้ รองรับผู้สูงอายุได้ 80 คน",
      "ผู้ว่าราชการจังหวัดกล่าวว่า ศูนย์แห่งนี้จะมีพยาบาลและนักกายภาพบำบัดประจำตลอด 24 ชั่วโมง",
      "ค่าบริการจะคิดตามรายได้ของครอบครัว โดยผู้มีรายได้น้อยสามารถใช้บริการได้ฟรี"]


def thai_portal_page() -> str:
    # modelled on a Thai portal built on WordPress: a "ข่าวที่เกี่ยวข้อง" box of links between paragraphs, an ad
    # label, a follow call for the site's pages, a tag list ("แท็ก") and a share bar ("แชร์")
    related = ('<div class="related-inline"><h4>ข่าวที่เกี่ยวข้อง</h4><ul><li><a href="/news/local/2001">บ้านนา'
               'เปิดคลินิกผู้สูงอายุเคลื่อนที่</a></li><li><a href="/news/local/2002">อบจ.บ้านนาเพิ่มเบี้ยยังชีพ</a>'
               '</li></ul></div>')
    article = (f'<article class="post"><h1 class="entry-title">{TH_TITLE}</h1><div class="entry-meta">18 มี.ค. 2568'
               '</div><div class="share"><span>แชร์</span><a href="#">Facebook</a><a href="#">LINE</a></div>'
               f'<div class="entry-content"><figure><img src="/img/center.jpg" alt=""></figure>'
               f'<p>ขอบคุณภาพจาก : เพจจังหวัดบ้านนา</p>{paras(TH[:2])}{related}<div class="ads"><span>โฆษณา</span></div>'
               f'{paras(TH[2:])}<p><strong>อ่านข่าวเพิ่มเติม :</strong> <a href="/news/local/2003">บ้านนาจัดงานวันผู้สูงอายุ'
               '</a></p><p>ติดตามข่าวสารได้ที่ Facebook บ้านนานิวส์</p></div>'
               '<div class="post-tags"><span>แท็ก</span><a href="/tag/1">ผู้สูงอายุ</a><a href="/tag/2">บ้านนา</a>'
               '</div></article>')
    return html_page(f"{TH_TITLE} - บ้านนานิวส์", f'<div class="site-content">{article}</div>', lang="th")


# -- a Greek news portal -----------------------------------------------------------------------------------------------

EL_TITLE = "Νέο κολυμβητήριο αποκτά ο Δήμος Ακρογιαλιάς"
EL = ["Την κατασκευή νέου δημοτικού κολυμβητηρίου ανακοίνωσε ο δήμαρχος Ακρογιαλιάς, Νίκος Παπαδάκης.",
      "Το έργο έχει προϋπολογισμό 4,5 εκατ. ευρώ και θα χρηματοδοτηθεί από το Ταμείο Ανάκαμψης.",
      "Σύμφωνα με τον δήμαρχο, οι εργασίες αναμένεται να ξεκινήσουν το φθινόπωρο.",
      "Το κολυμβητήριο θα εξυπηρετεί σχολεία, συλλόγους και κατοίκους της περιοχής."]


def greek_page() -> str:
    # modelled on a Greek portal built on WordPress: "ΔΙΑΦΗΜΙΣΗ" labels over ad slots, "Διαβάστε επίσης" links
    # between paragraphs, the call to follow the site on Google News, a tag list ("Ετικέτες")
    ad = '<div class="ad-wrapper"><span class="ad-label">ΔΙΑΦΗΜΙΣΗ</span><div id="inread"></div></div>'
    also = ('<p><strong>Διαβάστε επίσης:</strong> <a href="/topika/palio-gipedo/">Ανακαινίζεται το παλιό γήπεδο'
            '</a></p>')
    article = (f'<article class="post"><header><h1 class="entry-title">{EL_TITLE}</h1><span class="author">Της '
               'Μαρίας Γεωργίου</span></header><div class="entry-content">'
               f'{paras(EL[:1])}{ad}{paras(EL[1:2])}{also}{paras(EL[2:])}'
               '<p><em>Ακολουθήστε το akrogiali.example στο Google News</em></p></div>'
               '<div class="tags"><span>Ετικέτες:</span><a href="/tag/kolymvitirio">κολυμβητήριο</a></div>'
               '</article>')
    return html_page(f"{EL_TITLE} | Ακρογιαλιά Σήμερα", f"<main>{article}</main>", lang="el")


# -- a Hebrew news portal -----------------------------------------------------------------------------------------------

HE_TITLE = "קו רכבת קלה חדש יחבר את העיר לאזור התעשייה"
HE = ["משרד התחבורה אישר הבוקר את תוואי הקו החדש של הרכבת הקלה, שיחבר את מרכז העיר לאזור התעשייה הצפוני.",
      "אורך הקו יהיה כ-12 קילומטרים, ולאורכו ייבנו 18 תחנות.",
      "לפי התכנון, העבודות יחלו בשנה הבאה והקו ייפתח לנוסעים בתוך חמש שנים.",
      "בעירייה בירכו על ההחלטה ואמרו כי הקו יקל על העומס בכבישים."]


def hebrew_portal_page() -> str:
    # modelled on an Israeli portal's article: "פרסומת" labels over ad slots, a "כתבות נוספות" inline box of links,
    # the comments teaser ("תגובות") and the reporter's name under the text
    ad = '<div class="ads-block"><span>פרסומת</span><div id="dfp-inarticle"></div></div>'
    more = ('<div class="inline-articles"><h4>כתבות נוספות</h4><a href="/article/5551">תחנות חדשות בקו האדום</a>'
            '<a href="/article/5552">נתיבי תחבורה ציבורית בעיר</a></div>')
    article = (f'<article><h1 class="art-title">{HE_TITLE}</h1><div class="art-author">יוסי כהן</div>'
               f'<div class="art-body">{paras(HE[:2])}{ad}{more}{paras(HE[2:])}'
               '<p><a href="https://chat.whatsapp.example/abc"><strong>להצטרפות לקבוצת הווטסאפ של חדשות הצפון '
               'לחצו כאן</strong></a></p></div>'
               '<div class="comments-teaser"><a href="#comments">תגובות (12)</a></div></article>')
    return html_page(f"{HE_TITLE} - חדשות הצפון", f"<main>{article}</main>", lang="he", dir_="rtl")


# -- a Russian news portal ------------------------------------------------------------------------------------------

RU_TITLE = "В Приозёрске построят новый ледовый дворец"
RU = ["В Приозёрске начнётся строительство нового ледового дворца на 3 тысячи зрителей, сообщил мэр города.",
      "Арену возведут на месте старого стадиона в центре города. Работы планируют завершить к концу 2026 года.",
      "В здании разместятся две ледовые площадки, тренажёрный зал и кафе.",
      "Стоимость проекта оценивается в 2,4 млрд рублей."]


def russian_portal_page() -> str:
    # modelled on a Russian portal's article: a "Читайте также" box between paragraphs, a "Реклама" label, a photo
    # credit line, the call to subscribe to the site's channel and a news-exchange widget under the text
    also = ('<div class="read-also"><div class="read-also__title">Читайте также</div><a href="/news/2025/03/10/'
            'stadion/">Старый стадион в Приозёрске закроют на снос</a></div>')
    ad = '<div class="banner-inline"><span class="banner-label">Реклама</span><div id="adfox_456"></div></div>'
    photo = ('<figure><img src="/img/arena.jpg" alt=""><figcaption>Фото: пресс-служба администрации Приозёрска'
             '</figcaption></figure>')
    article = (f'<article class="article"><h1 class="article__title">{RU_TITLE}</h1><div class="article__date">'
               '18 марта 2025, 12:30</div><div class="article__body">'
               f'{photo}{paras(RU[:2])}{also}{ad}{paras(RU[2:])}'
               '<p><strong>Подписывайтесь на наш канал в Дзене, чтобы быть в курсе главных новостей '
               'Приозёрска.</strong></p><p class="mistake">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</p></div>'
               '<div class="smi2-widget"><h3>Новости партнёров</h3><a href="#">'
               'Врачи назвали продукт для долголетия</a></div></article>')
    return html_page(f"{RU_TITLE} — Приозёрские вести", f"<main>{article}</main>", lang="ru")


# -- a Brazilian news portal ------------------------------------------------------------------------------------------

BR_TITLE = "Prefeitura de Vale Verde anuncia novo hospital municipal"
BR = ["A Prefeitura de Vale Verde anunciou nesta terça-feira (18) a construção de um novo hospital municipal, "
      "com 150 leitos.",
      "Segundo o prefeito Carlos Almeida, a obra deve começar em junho e levar cerca de dois anos.",
      "O investimento previsto é de R$ 95 milhões, com recursos do município e do governo estadual.",
      "O novo hospital vai atender moradores de Vale Verde e de outras seis cidades da região."]


def brazilian_page() -> str:
    # modelled on a Brazilian portal's story: "Publicidade" and "Continua após a publicidade" labels over ad slots,
    # "Leia também" link lists between paragraphs, a video line, the WhatsApp channel call, the tags
    leia = ('<div class="leia-tambem"><p><strong>LEIA TAMBÉM:</strong></p><ul><li><a href="/sp/vale-verde/noticia/'
            '2025/03/10/ubs.ghtml">UBS do Centro reabre após reforma</a></li><li><a href="/sp/vale-verde/noticia/'
            '2025/03/01/vacina.ghtml">Vale Verde amplia vacinação</a></li></ul></div>')
    ad = ('<div class="content-ads"><span class="ads-label">Continua após a publicidade</span><div id="banner_'
          'materia"></div></div>')
    ad2 = '<div class="content-ads"><span class="ads-label">Publicidade</span><div id="banner_2"></div></div>'
    article = (f'<div class="mc-article-header"><h1 class="content-head__title">{BR_TITLE}</h1><p class="content-'
               'publication-data__from">Por Ana Souza, Vale Verde Notícias</p></div><article class="mc-body">'
               f'{paras(BR[:1])}{ad}{paras(BR[1:2])}{leia}{paras(BR[2:3])}{ad2}{paras(BR[3:])}'
               '<p><strong>VÍDEOS: veja mais notícias da região</strong></p>'
               '<p>Receba as notícias de Vale Verde no seu WhatsApp. Clique aqui e entre no canal.</p>'
               '<p>📲 Participe do canal do Vale Verde Notícias no WhatsApp</p>'
               '<div class="share"><a href="#">Compartilhe essa notícia no WhatsApp</a> <a href="#">Compartilhe '
               'essa notícia no Telegram</a></div>'
               '</article><div class="entities"><a href="/tag/saude">saúde</a><a href="/tag/hospital">hospital</a>'
               '</div>')
    return html_page(f"{BR_TITLE} | Vale Verde", f'<div id="glb-corpo"><main>{article}</main></div>', lang="pt-BR")


# -- a Spanish regional daily ---------------------------------------------------------------------------------------

ES_TITLE = "El Ayuntamiento de Sierra Alta aprueba la ampliación del centro de salud"
ES = ["El pleno del Ayuntamiento de Sierra Alta aprobó este martes la ampliación del centro de salud del "
      "municipio, que ganará seis nuevas consultas.",
      "La obra, con un presupuesto de 1,2 millones de euros, se licitará antes del verano.",
      "La alcaldesa, Lucía Moreno, destacó que la ampliación responde al crecimiento de la población en los "
      "últimos diez años.",
      "Los grupos de la oposición votaron a favor, aunque pidieron que se refuerce también la plantilla médica."]


def spanish_page() -> str:
    # modelled on a Spanish regional daily (a Vocento-like CMS): "Te puede interesar" and "Lee también" boxes of
    # links between paragraphs, a newsletter box with its form, a comments teaser and the topics under the text
    interesar = ('<div class="v-a-rel"><p class="v-a-rel__t">Te puede interesar</p><ul><li><a href="/sierra-alta/'
                 'urgencias-20250301.html">Las urgencias de Sierra Alta, al límite</a></li></ul></div>')
    lee = ('<p class="v-a-lee"><strong>Lee también</strong> <a href="/sierra-alta/medicos-20250210.html">Faltan '
           'médicos de familia en la comarca</a></p>')
    newsletter = ('<div class="v-newsletter-box"><p class="v-newsletter-box__title">Recibe las noticias de Sierra '
                  'Alta en tu correo</p><form><input type="email" placeholder="Tu correo electrónico"><button>'
                  'Suscribirme</button></form><p>Puedes darte de baja en cualquier momento.</p></div>')
    article = (f'<article class="v-d"><header><h1 class="v-a-t">{ES_TITLE}</h1><div class="v-mdl-ath">Pedro '
               'Sánchez Ruiz</div><time datetime="2025-03-18T13:10:00+01:00">Martes, 18 de marzo 2025, 13:10'
               f'</time></header><div class="v-d-b">{paras(ES[:2])}{interesar}{paras(ES[2:3])}{lee}'
               f'{paras(ES[3:])}<div class="v-a-nr"><span>Noticia relacionada</span><a href="/sierra-alta/pleno-20250301.html">'
               'El pleno aprueba los presupuestos</a></div></div><div class="v-d-sh"><span>Comparte esta noticia'
               '</span><a href="#">Facebook</a><a href="#">WhatsApp</a></div><div class="v-d-err"><a href="/errores">'
               f'Reporta un error</a></div>{newsletter}<div class="v-d-cm"><a href="#comentarios">Comentar</a>'
               '</div><div class="v-d-tp"><span>Temas</span><a href="/temas/sanidad">Sanidad</a></div></article>')
    return html_page(f"{ES_TITLE} | El Diario de Sierra Alta", f"<main>{article}</main>", lang="es")


PAGES = {
    "indonesian": (indonesian_page, "https://news.kabarkarang.example/berita/d-7012345/posko-mudik", ID_TITLE, ID),
    "turkish": (turkish_page, "https://www.yesilkoyhaber.example/yerel/bisiklet-yolu-41299", TR_TITLE, TR),
    "polish": (polish_page, "https://borow.gazetaborowska.example/borow/7,12346,nowy-most.html", PL_TITLE, PL),
    "japanese_daily": (japanese_daily_page, "https://www.konan-shimbun.example/articles/ASR3L5", JP_TITLE, JP),
    "hindi": (hindi_page, "https://www.rampursamachar.example/city/rampur/bus-stand-1299", HI_TITLE, HI),
    "thai": (thai_portal_page, "https://www.bannanews.example/news/local/2010", TH_TITLE, TH),
    "greek": (greek_page, "https://www.akrogiali.example/topika/kolymvitirio/", EL_TITLE, EL),
    "hebrew": (hebrew_portal_page, "https://www.tzafon-news.example/article/5560", HE_TITLE, HE),
    "russian": (russian_portal_page, "https://www.priozersk-vesti.example/news/2025/03/18/arena/", RU_TITLE, RU),
    "brazilian": (brazilian_page, "https://valeverde.noticias.example/sp/vale-verde/noticia/2025/03/18/hospital.ghtml",
                  BR_TITLE, BR),
    "spanish": (spanish_page, "https://www.diariosierraalta.example/sierra-alta/centro-salud-20250318.html",
                ES_TITLE, ES),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_whole_body_of_the_page(name: str) -> None:
    make, url, title, body = PAGES[name]
    article = EXTRACTOR.extract(make(), url)
    assert article.body.split("\n\n") == body


# -- the clutter lines these portals print, and sentences like them that stay ----------------------------------------

@pytest.mark.parametrize("line", [
    "Ακολουθήστε το akrogiali.example στο Google News",
    "देश-दुनिया की ताज़ा खबरों के लिए हमें Google News पर फॉलो करें", "हमारे WhatsApp चैनल से जुड़ें",
    'Simak Video "Arus Mudik di Jalur Selatan Mulai Padat"', "Saksikan video berikut ini:",
    "Artikel ini telah tayang di Tribunkarang.example dengan judul Pemkab Buka 12 Posko Mudik",
    'Baca artikel kabarKarang, "Posko Mudik Dibuka" selengkapnya https://news.kabarkarang.example/d-1',
    "Dalsza część artykułu pod materiałem wideo", "Ciąg dalszy artykułu pod wideo",
    "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
    "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter.", "Found a typo? Highlight it and press Ctrl+Enter.",
    "ขอบคุณภาพจาก : เพจจังหวัดบ้านนา", "ขอบคุณภาพจาก เพจบ้านนานิวส์", "फोटो: सुनीता शर्मा",
    # labels alone on their line, in more languages
    "İLGİLİ HABER", "Polecamy", "Noticia relacionada", "Te puede interesar", "ข่าวแนะนำ", "Новости партнёров",
    "Реклама 18+", "Comparte esta noticia", "Compartilhe essa notícia no WhatsApp", "Reporta un error",
    "Сообщить об ошибке", "Halaman 1 2 Selanjutnya", "Halaman selanjutnya", "विस्तार",
    # calls to follow the site or get its app, and a member-only notice
    "Google News'te Takip Et", "ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें", "ติดตามเราได้ที่ Facebook และ LINE",
    "להצטרפות לקבוצת הווטסאפ של חדשות הצפון לחצו כאן", "有料会員になると続きをお読みいただけます。",
    "この記事は有料会員限定です。残り1120文字", "【写真】改修前の空き家の内部",
])
def test_a_portals_promo_or_note_is_clutter(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Ακολουθήστε το ποτάμι μέχρι τη γέφυρα και μετά στρίψτε αριστερά.",
    "प्रधानमंत्री ने कहा कि हमें नियमों को फॉलो करना होगा।", "हमें Google के नियमों को फॉलो करना होगा, मंत्री ने कहा।",
    "Simak video itu, polisi kemudian menangkap dua pelaku di lokasi kejadian.",
    "Artikel ini telah dimuat di jurnal Nature pada 2019.",
    "Dalsza część artykułu dotyczy budowy mostu na Wiśle.",
    "Dziękujemy wszystkim, którzy przyszli na otwarcie mostu, powiedział burmistrz.",
    "Thanks to the volunteers, the bridge opened. Stay safe! Follow the signs to the Google News office.",
    "The error appears when users select text and press Ctrl+Enter in the old editor, the company said.",
    "The error appears when users press Ctrl+Enter in the old editor, the company said, and a fix is due.",
    "ขอบคุณทุกคนที่มาร่วมงานในวันนี้ นายกเทศมนตรีกล่าว",
    "会員になると、記事の続きを読むことができる仕組みだという。", "市は有料会員の数が増えたと発表した。",
    "Polecamy wszystkim mieszkańcom zaszczepienie się przed zimą.",
    "Comparte esta noticia con sus vecinos, pidió la alcaldesa.", "ติดตามเราได้ที่งานเทศกาลปีหน้า",
    "Selanjutnya, polisi memeriksa dua saksi.", "Page 3 of the report lists the costs.",
    "Реклама 18+ запрещена для детей.", "विस्तार योजना को मंजूरी मिली।",
    "Haberi paylaşan kullanıcılar gözaltına alındı.", "Reporta un error grave en el sistema de riego, dijo el técnico.",
])
def test_sentences_like_them_stay(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert not is_clutter_line(line)


# -- a label over a link to another story, in scripts with vowel signs, or with no colon -----------------------------

@pytest.mark.parametrize(("lang", "teaser", "text"), [
    # Devanagari and Thai labels carry vowel signs, which are no word characters to a regular expression
    ("hi", '<p><strong>संबंधित खबर:</strong> <a href="/city/rampur/news-1250">रामपुर में सड़कों की मरम्मत शुरू</a></p>',
     HI),
    ("th", '<p><strong>ข่าวแนะนำ :</strong> <a href="/news/local/2004">บ้านนาเปิดตลาดนัดชุมชนทุกวันเสาร์</a></p>', TH),
    # a "related" label needs no colon before a link that fills the rest of the line
    ("es", '<p><strong>Te puede interesar</strong> <a href="/sierra-alta/piscina-20250301.html">La piscina '
           'municipal abrirá en mayo</a></p>', ES),
], ids=["hindi", "thai", "spanish"])
def test_a_label_and_a_link_to_another_story_go(lang: str, teaser: str, text: list[str]) -> None:
    html = html_page("Story", f"<article><h1>Story</h1>{paras(text[:2])}{teaser}{paras(text[2:])}</article>", lang=lang)
    assert EXTRACTOR.extract(html, "https://www.portal.example/news/1").body.split("\n\n") == text


def test_a_paragraph_opening_with_such_words_stays() -> None:
    """A sentence that opens with "Lee también" and carries a link is no teaser: it ends as a sentence does."""
    line = ('Lee también <a href="/informe.html">el informe del Defensor del Pueblo</a>, que recoge las quejas de '
            'los vecinos.')
    html = html_page("Story", f"<article><h1>Story</h1>{paras(ES[:2])}<p>{line}</p>{paras(ES[2:])}</article>",
                     lang="es")
    body = EXTRACTOR.extract(html, "https://www.portal.example/news/1").body.split("\n\n")
    assert len(body) == len(ES) + 1


# -- a widget's label printed as a paragraph of its own inside the text ---------------------------------------------

@pytest.mark.parametrize(("lang", "label", "text"), [
    ("ja", "有料会員になると続きをお読みいただけます。", JP), ("ja", "【写真】改修前の空き家の内部", JP),
    ("hi", "विस्तार", HI), ("hi", "ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें", HI), ("tr", "Google News'te Takip Et", TR),
    ("tr", "İLGİLİ HABER", TR), ("pl", "Polecamy", PL), ("ru", "Новости партнёров", RU), ("ru", "Реклама 18+", RU),
    ("pt", "Compartilhe essa notícia no WhatsApp", BR), ("es", "Noticia relacionada", ES),
    ("es", "Comparte esta noticia", ES), ("es", "Reporta un error", ES), ("th", "ข่าวแนะนำ", TH),
    ("th", "ติดตามเราได้ที่ Facebook และ LINE", TH), ("he", "להצטרפות לקבוצת הווטסאפ של חדשות הצפון לחצו כאן", HE),
    ("id", "Halaman selanjutnya", ID),
])
def test_a_widgets_label_between_paragraphs_goes(lang: str, label: str, text: list[str]) -> None:
    html = html_page("Story", f"<article><h1>Story</h1>{paras(text[:2])}<p>{label}</p>{paras(text[2:])}</article>",
                     lang=lang)
    assert EXTRACTOR.extract(html, "https://www.portal.example/news/1").body.split("\n\n") == text
