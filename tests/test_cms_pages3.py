"""Whole article pages of publishing systems in more regions, and more page shapes, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of system prints: a Japanese and a
Korean portal (related-article lists, "▶" link lines, the reporter's e-mail line, the copyright footer), a Chinese
portal (来源 and 责任编辑 lines, "点击查看" links), Arabic, Persian and Hebrew pages (right to left, "اقرأ أيضا"
and "بیشتر بخوانید" inserts), Indonesian, Malay, Vietnamese and Thai portals ("Baca juga:", "Xem thêm"), Russian
and Ukrainian sites ("Читайте также"), Nigerian, Kenyan and South African portals ("ALSO READ:", WhatsApp and
Telegram channel calls), a match report with its score table, a weather story with a data table, an obituary, an
opinion column with its disclaimer, an explainer with a table of contents, a list article. The outlets, people
and stories are invented. Each test asserts the whole body: the article's paragraphs, intertitles and tables, in
order, once, and nothing else.
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler import ExtractOptions, Extractor

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a Japanese news portal -------------------------------------------------------------------------------------------

JA_TITLE = "市営バス、4月から深夜便を増便　利用者の要望受け"
JA = ["青葉市交通局は3日、市営バスの深夜便を4月1日から増やすと発表した。駅と住宅地を結ぶ3路線で、午後11時台の便を新たに運行する。",
      "交通局によると、昨年実施した利用者アンケートで、深夜便の増便を求める声が最も多かったという。",
      "運賃は現行と同じ大人230円。交通局は「帰宅が遅くなる人の足を確保したい」としている。",
      "市内では昨年、民間のバス会社が運転手不足を理由に路線を縮小しており、市営バスの役割が大きくなっている。"]


def japanese_page() -> str:
    # modelled on a Japanese portal's article: the text in one div with <br> pairs between paragraphs, "▶" link
    # lines to earlier stories, a "関連記事" list, the paper's name and a copyright line under the text
    text = "<br><br>".join(JA)
    links = ('<p class="related-link"><a href="/articles/20250210-001">▶市営バス、運転手確保へ採用枠拡大</a></p>'
             '<p class="related-link"><a href="/articles/20250115-004">▶深夜バス実証実験、利用は想定の半分</a></p>')
    related = ('<section class="related-articles"><h2>関連記事</h2><ul><li><a href="/articles/1">青葉市、新年度予算案を'
               '発表</a></li><li><a href="/articles/2">駅前再開発、着工は来年度に</a></li></ul></section>')
    article = (f'<article class="article"><header><h1 class="article-title">{JA_TITLE}</h1>'
               '<div class="article-meta"><time datetime="2025-03-03T18:30:00+09:00">3/3(月) 18:30</time>'
               '<span class="source">青葉新報</span></div></header><div class="article-body" id="uamods">'
               f'<div class="article-text">{text}</div>{links}<p class="source-credit">青葉新報</p>'
               '<p class="copyright">Copyright © 2025 青葉新報社 All Rights Reserved.</p></div>'
               f'{related}</article>')
    return html_page(f"{JA_TITLE}（青葉新報） - ニュース", f"<main>{article}</main>", lang="ja")


# -- a Korean news portal ---------------------------------------------------------------------------------------------

KO_TITLE = "한빛시, 내년부터 공공자전거 요금 동결"
KO = ["한빛시는 내년부터 2년간 공공자전거 이용 요금을 동결한다고 4일 밝혔다.",
      "시는 물가 상승으로 시민 부담이 커진 점을 고려해 이같이 결정했다고 설명했다.",
      "현재 공공자전거 1시간 이용권은 1000원, 정기권은 1년에 3만원이다.",
      "시 관계자는 \"대여소를 매년 50곳씩 늘려 접근성도 높이겠다\"고 말했다."]


def korean_page() -> str:
    # modelled on a Korean paper's article CMS: the text in #article-view-content-div with <br> line breaks, a
    # "▶" related-story line, the reporter's name and e-mail, the copyright notice in angle brackets
    text = "<br><br>".join(KO)
    article = (f'<div class="article-head-title">{KO_TITLE}</div><div class="info-text"><ul><li>'
               '<i class="icon-user"></i> 기자명 김민수 기자</li><li>입력 2025.03.04 10:15</li></ul></div>'
               '<article id="article-view-content-div" class="article-veiw-body view-page font-size17" '
               'itemprop="articleBody"><figure class="photo-layout"><img src="/photo/bike.jpg" alt="">'
               '<figcaption>한빛시 공공자전거 대여소. [사진=한빛시 제공]</figcaption></figure>'
               f'{text}<br><br>▶ <a href="/news/articleView.html?idxno=1234">공공자전거 대여소 100곳 돌파</a><br><br>'
               '김민수 기자 minsu@hanbitnews.example</article>'
               '<div class="view-copyright">&lt;저작권자 © 한빛뉴스, 무단 전재 및 재배포 금지&gt;</div>')
    return html_page(f"{KO_TITLE} - 한빛뉴스", f'<div id="user-container"><section>{article}</section></div>',
                     lang="ko")


# -- a Chinese news portal --------------------------------------------------------------------------------------------

ZH_TITLE = "清河市今年将新建20座社区公园"
ZH = ["记者3日从清河市园林局获悉，今年全市将新建20座社区公园，总面积约40公顷。",
      "据介绍，新建公园将优先安排在老城区和新建居住区，让居民步行10分钟即可到达。",
      "园林局相关负责人表示，公园建设将充分听取周边居民意见，增加健身设施和儿童游乐场地。",
      "去年，清河市共建成社区公园15座，全市公园总数达到126座。"]


def chinese_page() -> str:
    # modelled on a Chinese portal's article page: a "来源" line above the text, a "点击查看" link line, the
    # editor's line "责任编辑" at the end, an "(原标题：…)" note
    article = (f'<div class="main-title"><h1>{ZH_TITLE}</h1></div><div class="date-source">'
               '<span class="date">2025年03月03日 09:12</span><span class="source">来源：清河日报</span></div>'
               f'<div class="article" id="artibody">{paras(ZH[:2])}'
               '<p><a href="/zt/gongyuan/">点击查看更多城市公园建设报道&gt;&gt;</a></p>'
               f'{paras(ZH[2:])}<p>（原标题：今年新建20座社区公园）</p>'
               '<p class="article-editor">责任编辑：王丽</p></div>'
               '<div class="keywords">关键词：<a href="/tag/1">公园</a><a href="/tag/2">清河</a></div>')
    return html_page(f"{ZH_TITLE}|社区公园_新闻中心", f'<div class="article-content-left">{article}</div>',
                     lang="zh-CN")


# -- an Arabic news site ---------------------------------------------------------------------------------------------

AR_TITLE = "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في مدينة الواحة"
AR = ["افتتح محافظ مدينة الواحة، اليوم الثلاثاء، أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية بطاقة إنتاجية تبلغ عشرين ألف متر مكعب يوميا.",
      "وقال المحافظ في كلمة خلال حفل الافتتاح إن المحطة ستغطي احتياجات نحو ستين ألف نسمة من مياه الشرب.",
      "وأضاف أن المرحلة الثانية من المشروع ستبدأ العام المقبل لمضاعفة الطاقة الإنتاجية.",
      "وبلغت تكلفة المشروع نحو خمسين مليون دولار، بتمويل مشترك من الحكومة والقطاع الخاص."]


def arabic_page() -> str:
    # modelled on an Arab portal's article: right to left, "اقرأ أيضا:" inserts linking other stories between
    # paragraphs, a share bar and a tag list under the text
    also = ('<p class="read-also"><strong>اقرأ أيضا: </strong><a href="/news/12345">ارتفاع درجات الحرارة في '
            'المنطقة الشرقية</a></p>')
    also2 = ('<div class="related-inline"><span>اقرأ أيضاً</span><a href="/news/12350">الحكومة تعلن خطة لترشيد '
             'استهلاك المياه</a></div>')
    share = ('<div class="share-bar"><span>شارك</span><a href="#">فيسبوك</a><a href="#">تويتر</a>'
             '<a href="#">واتساب</a></div>')
    article = (f'<article class="news-details"><h1 class="news-title">{AR_TITLE}</h1>'
               '<div class="news-date">الثلاثاء 04 مارس 2025 - 11:20 ص</div><div class="news-body">'
               f'{paras(AR[:2])}{also}{paras(AR[2:3])}{also2}{paras(AR[3:])}</div>{share}'
               '<div class="tags"><span>الكلمات المفتاحية</span><a href="/tag/1">الواحة</a>'
               '<a href="/tag/2">تحلية المياه</a></div></article>')
    return html_page(f"{AR_TITLE} - الواحة اليوم", f"<main>{article}</main>", lang="ar", dir_="rtl")


# -- a Persian news agency ------------------------------------------------------------------------------------------

FA_TITLE = "ساخت کتابخانه مرکزی شهر تا پایان سال به پایان می‌رسد"
FA = ["شهردار شهر نوآباد روز دوشنبه اعلام کرد که ساخت کتابخانه مرکزی شهر تا پایان سال جاری به پایان می‌رسد.",
      "به گفته وی، این کتابخانه با ظرفیت دویست هزار جلد کتاب، بزرگ‌ترین کتابخانه عمومی استان خواهد بود.",
      "عملیات ساخت این کتابخانه سه سال پیش آغاز شده بود اما به دلیل کمبود بودجه متوقف شد.",
      "شهرداری اعلام کرده است که بخش کودکان کتابخانه زودتر از سایر بخش‌ها افتتاح می‌شود."]


def persian_page() -> str:
    # modelled on a Persian agency's news page: a "بیشتر بخوانید:" insert as a bold paragraph with its link, the
    # agency's end mark, a "کد خبر" line
    more = ('<p><strong>بیشتر بخوانید:</strong></p><p><a href="/news/4567">افتتاح دو فرهنگسرای جدید در '
            'نوآباد</a></p>')
    article = (f'<div class="item-title"><h1 class="title">{FA_TITLE}</h1></div>'
               '<div class="item-date"><span>۱۴۰۳/۱۲/۱۳ - ۱۰:۲۵</span></div><div class="item-code">'
               '<span>کد خبر: ۷۸۹۰۱۲</span></div>'
               f'<div class="item-text" itemprop="articleBody">{paras(FA[:2])}{more}{paras(FA[2:])}</div>')
    return html_page(f"{FA_TITLE} - خبرگزاری نوآباد", f'<div class="item-body">{article}</div>', lang="fa",
                     dir_="rtl")


# -- a Hebrew news site ----------------------------------------------------------------------------------------------

HE_TITLE = "העירייה תפתח שלושה גני ילדים חדשים בספטמבר"
HE = ["עיריית גבעת הדקלים הודיעה היום כי שלושה גני ילדים חדשים ייפתחו בשכונות הצפוניות בתחילת שנת הלימודים.",
      "לדברי ראש העירייה, הגנים נועדו לתת מענה לגידול במספר המשפחות הצעירות בעיר.",
      "ההרשמה לגנים החדשים תיפתח בחודש הבא באתר העירייה.",
      "בעירייה מציינים כי בכל גן יפעלו גם צהרונים עד השעה 16:30."]


def hebrew_page() -> str:
    # modelled on an Israeli site's article: "עוד באתר" teaser box between paragraphs, a "כתבות נוספות" list and
    # a Telegram call under the text
    more = ('<div class="inline-teaser"><span class="label">עוד באתר:</span><a href="/news/article/1234">'
            'תחנת הרכבת החדשה תיפתח באביב</a></div>')
    article = (f'<article><h1 class="mainTitle">{HE_TITLE}</h1><div class="authorBar">מאת: <a href="/author/5">'
               'דנה לוי</a> | 04.03.25 | 12:40</div><div class="article_body">'
               f'{paras(HE[:2])}{more}{paras(HE[2:])}'
               '<p><strong>הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים</strong></p></div></article>'
               '<aside class="more-articles"><h3>כתבות נוספות</h3><ul><li><a href="/1">פארק חדש בלב העיר</a></li>'
               '<li><a href="/2">שינויים בקווי האוטובוס</a></li></ul></aside>')
    return html_page(f"{HE_TITLE} | חדשות הדקלים", f"<main>{article}</main>", lang="he", dir_="rtl")


# -- an Indonesian news portal -------------------------------------------------------------------------------------

ID_TITLE = "Pemkot Sukamaju Bangun Jalur Sepeda Sepanjang 15 Kilometer"
ID = ["SUKAMAJU, WARTANUSA.example - Pemerintah Kota Sukamaju mulai membangun jalur sepeda sepanjang 15 kilometer "
      "di pusat kota pada pekan ini.",
      "Wali Kota Sukamaju, Budi Santoso, mengatakan jalur sepeda itu akan menghubungkan stasiun, pasar, dan "
      "kawasan perkantoran.",
      "\"Kami ingin warga punya pilihan transportasi yang sehat dan murah,\" kata Budi, Selasa (4/3/2025).",
      "Pembangunan jalur sepeda ditargetkan selesai pada Agustus mendatang dengan anggaran Rp 12 miliar."]


def indonesian_page() -> str:
    # modelled on an Indonesian portal's article: "Baca juga:" link paragraphs inside the text, an ad slot, a
    # "Simak breaking news" channel call and the editor's line under the text
    baca = ('<p><strong>Baca juga: <a href="https://regional.wartanusa.example/read/2025/02/10/jalan-rusak" '
            'class="inner-link-baca-juga">Jalan Rusak di Sukamaju Mulai Diperbaiki</a></strong></p>')
    baca2 = ('<p><strong>Baca juga: <a href="https://regional.wartanusa.example/read/2025/01/20/trotoar" '
             'class="inner-link-baca-juga">Trotoar Baru Dibangun di Pusat Kota</a></strong></p>')
    ad = '<div class="ads-on-body"><div id="div-gpt-ad-inarticle"></div></div>'
    article = (f'<h1 class="read__title">{ID_TITLE}</h1><div class="read__time">Wartanusa.example - 04/03/2025, '
               '14:20 WIB</div><div class="read__content"><div class="clearfix">'
               f'{paras(ID[:1])}{baca}{paras(ID[1:2])}{ad}{paras(ID[2:3])}{baca2}{paras(ID[3:])}'
               '<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses '
               'berita Wartanusa.example WhatsApp Channel : <a href="https://www.whatsapp.example/channel/1">'
               'https://www.whatsapp.example/channel/1</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>'
               '</div></div><div class="read__credit">Penulis : Andi Wijaya<br>Editor : Rina Lestari</div>')
    return html_page(f"{ID_TITLE} Halaman all - Wartanusa.example", f'<div class="col-bs10-7">{article}</div>',
                     lang="id")


# -- a Malaysian news portal ----------------------------------------------------------------------------------------

MS_TITLE = "Hospital baharu di Kuala Sentosa dijangka siap tahun depan"
MS = ["KUALA SENTOSA: Pembinaan hospital baharu di sini dijangka siap sepenuhnya pada pertengahan tahun depan.",
      "Menteri Besar berkata, hospital dengan 300 katil itu akan mengurangkan kesesakan di hospital sedia ada.",
      "Menurutnya, kerja-kerja pembinaan kini sudah mencapai 70 peratus.",
      "Hospital itu juga akan menyediakan unit rawatan kanser yang pertama di negeri ini."]


def malay_page() -> str:
    # modelled on a Malaysian portal: "BACA JUGA:" in capitals with the story's link, a "Ikuti kami di Telegram"
    # call and a copyright line under the text
    baca = ('<p><strong>BACA JUGA: </strong><a href="/berita/2025/02/klinik">Klinik kesihatan baharu dibuka di '
            'Bandar Jaya</a></p>')
    article = (f'<article class="article-page"><h1>{MS_TITLE}</h1><div class="article-byline">Oleh Ahmad Faizal'
               '</div><div class="article-content">'
               f'{paras(MS[:2])}{baca}{paras(MS[2:])}'
               '<p><em>Ikuti kami di saluran Telegram untuk berita terkini.</em></p></div></article>')
    return html_page(f"{MS_TITLE} | Berita Sentosa", f"<main>{article}</main>", lang="ms")


# -- a Vietnamese news site ----------------------------------------------------------------------------------------

VI_TITLE = "Hà Thành khởi công cầu vượt sông Lam thứ hai"
VI = ["Sáng 4/3, thành phố Hà Thành khởi công xây dựng cầu vượt sông Lam thứ hai với tổng vốn đầu tư hơn "
      "1.200 tỷ đồng.",
      "Cây cầu dài 850 m, rộng 24 m, gồm bốn làn xe cơ giới và hai làn xe thô sơ.",
      "Theo Ban quản lý dự án, công trình dự kiến hoàn thành vào cuối năm 2027.",
      "Khi đi vào hoạt động, cầu sẽ giảm tải cho cầu cũ vốn thường xuyên ùn tắc vào giờ cao điểm."]


VI_P = ' class="Normal"'


def vietnamese_page() -> str:
    # modelled on a Vietnamese paper's article: the sapo in its own class, "Xem thêm:" link lines, the author's
    # name in bold aligned right at the end of the text
    xem = ('<p class="related-news"><strong>Xem thêm:</strong> <a href="/cau-cu-xuong-cap-123.html">Cầu cũ '
           'xuống cấp nghiêm trọng</a></p>')
    article = (f'<h1 class="title-detail">{VI_TITLE}</h1><p class="description">{VI[0]}</p>'
               f'<article class="fck_detail">{paras(VI[1:3], VI_P)}{xem}{paras(VI[3:], VI_P)}'
               '<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p></article>')
    return html_page(f"{VI_TITLE} - Báo Hà Thành", f'<section class="section page-detail">{article}</section>',
                     lang="vi")


# -- a Thai news site -----------------------------------------------------------------------------------------------

TH_TITLE = "เทศบาลเมืองนาดีเปิดตลาดน้ำแห่งใหม่รับนักท่องเที่ยว"
TH = ["เทศบาลเมืองนาดีเปิดตลาดน้ำแห่งใหม่ริมคลองสายหลักเมื่อวันเสาร์ที่ผ่านมา มีร้านค้ากว่า 120 ร้าน",
      "นายกเทศมนตรีกล่าวว่า ตลาดน้ำจะช่วยสร้างรายได้ให้ชุมชนและดึงดูดนักท่องเที่ยวมากขึ้น",
      "ตลาดจะเปิดทุกวันเสาร์และอาทิตย์ ตั้งแต่เวลา 07.00 ถึง 17.00 น.",
      "เทศบาลยังจัดรถรับส่งฟรีจากสถานีขนส่งไปยังตลาดทุกครึ่งชั่วโมง"]


def thai_page() -> str:
    # modelled on a Thai portal's article: an "อ่านข่าวที่เกี่ยวข้อง" line with links, a follow call for the LINE
    # account under the text
    read = ('<p><strong>อ่านข่าวที่เกี่ยวข้อง</strong></p><ul><li><a href="/news/111">นาดีจัดงานลอยกระทงริมคลอง'
            '</a></li><li><a href="/news/112">ปรับปรุงถนนเลียบคลองเสร็จแล้ว</a></li></ul>')
    article = (f'<div class="detail-head"><h1>{TH_TITLE}</h1></div><div class="detail-content">'
               f'{paras(TH[:2])}{read}{paras(TH[2:])}'
               '<p>ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @nadinews</p></div>')
    return html_page(f"{TH_TITLE} - นาดีนิวส์", f'<div class="container">{article}</div>', lang="th")


# -- a Russian news site ---------------------------------------------------------------------------------------------

RU_TITLE = "В Заречске откроют новую школу на тысячу мест"
RU = ["Новая школа на тысячу мест откроется в микрорайоне Северный Заречска в сентябре, сообщили в "
      "администрации города.",
      "Строительство здания завершено, сейчас в нём идёт монтаж оборудования.",
      "В школе будут бассейн, два спортивных зала и обсерватория на крыше.",
      "По словам главы города, набор учеников в первые классы начнётся в апреле."]


def russian_page() -> str:
    # modelled on a Russian portal's article: "Читайте также:" inserts with the story's link, an ad container,
    # a call to subscribe to the Telegram channel at the end
    also = ('<div class="article-inject"><p><strong>Читайте также:</strong> <a href="/news/2025/02/14/shkola-2">'
            'В Заречске отремонтируют три школы</a></p></div>')
    article = (f'<article class="article"><h1 itemprop="headline">{RU_TITLE}</h1>'
               '<div class="article__info"><time datetime="2025-03-04T09:00:00+03:00">4 марта 2025, 09:00</time>'
               '</div><div class="article__text" itemprop="articleBody">'
               f'{paras(RU[:2])}{also}<div class="adfox-banner" id="adfox_123"></div>{paras(RU[2:])}'
               '<p><a href="https://t.example/zarechsk">Подписывайтесь на наш Telegram-канал</a>, чтобы первыми '
               'узнавать главные новости.</p></div></article>')
    return html_page(f"{RU_TITLE} - Заречские новости", f"<main>{article}</main>", lang="ru")


# -- a Ukrainian news site -------------------------------------------------------------------------------------------

UK_TITLE = "У Вишневому відкрили оновлений парк біля річки"
UK = ["У Вишневому після реконструкції відкрили парк на березі річки Стугна.",
      "У парку облаштували нові доріжки, дитячий майданчик і зону для тренувань.",
      "Реконструкція тривала півтора року й обійшлася громаді у 18 мільйонів гривень.",
      "Наступного року планують встановити в парку освітлення та громадську вбиральню."]


def ukrainian_page() -> str:
    # modelled on a Ukrainian portal: "Читайте також:" as a bold label with a link inside a paragraph, a call to
    # follow the news on Telegram and Viber, the "Джерело" line
    also = ('<p><strong>Читайте також: </strong><a href="/news/2025/01/park-plan">Громада затвердила план '
            'реконструкції парку</a></p>')
    article = (f'<h1 class="post-title">{UK_TITLE}</h1><div class="post-content">{paras(UK[:2])}{also}'
               f'{paras(UK[2:])}<p><em>Читайте новини Вишневого в Telegram та Viber.</em></p></div>')
    return html_page(f"{UK_TITLE} | Вишневий сьогодні", f'<div class="post">{article}</div>', lang="uk")


# -- a Nigerian news portal ------------------------------------------------------------------------------------------

NG_TITLE = "Lagos to begin new ferry route from Ikorudu-Example to Marina"
NG = ["The Lagos State Waterways Authority says a new ferry route linking Ikorudu-Example to Marina will begin "
      "operations next month.",
      "The authority's general manager, Mr Tunde Bakare, disclosed this on Tuesday during an inspection of the "
      "new jetty.",
      "He said the route would cut the travel time between the two points from two hours by road to 40 minutes.",
      "Bakare added that all passengers would be required to wear life jackets throughout the journey."]


def nigerian_page() -> str:
    # modelled on a Nigerian portal built on WordPress: "ALSO READ:" link paragraphs in capitals, a WhatsApp
    # channel call, a "Kindly share this story" line under the text
    also = ('<p><strong>ALSO READ: <a href="https://www.lagosbeacon.example/2025/02/jetty-upgrade/">Lagos '
            'upgrades five jetties</a></strong></p>')
    also2 = ('<p><strong>READ ALSO:</strong> <a href="https://www.lagosbeacon.example/2025/01/boat-mishap/">'
             'Boat mishap: Govt bans night travel</a></p>')
    article = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{NG_TITLE}'
               '</h1></header><div class="entry-content">'
               f'{paras(NG[:2])}{also}{paras(NG[2:3])}{also2}{paras(NG[3:])}'
               '<p><strong>Join Lagos Beacon WhatsApp Channel <a href="https://whatsapp.example/channel/lb">'
               'HERE</a></strong></p><p>Kindly share this story</p></div></article>')
    return html_page(f"{NG_TITLE} - Lagos Beacon", f'<div id="content">{article}</div>')


# -- a Kenyan news portal --------------------------------------------------------------------------------------------

KE_TITLE = "Nakuru-Example county hires 200 nurses to ease staff shortage"
KE = ["The Nakuru-Example county government has hired 200 nurses to ease a staff shortage in its hospitals.",
      "Health executive Dr Mary Wanjiku said the nurses would be posted to sub-county hospitals first.",
      "\u201cOur facilities have been stretched for years and this will bring relief to patients,\u201d she said.",
      "The county plans to hire another 150 clinical officers before the end of the financial year."]


def kenyan_page() -> str:
    # modelled on a Kenyan portal: "ALSO READ" teaser boxes between paragraphs, a "Follow our WhatsApp channel"
    # line and a Google News call under the text
    also = ('<div class="also-read"><span>ALSO READ</span><a href="/counties/2025/02/clinics">County to build 12 '
            'new clinics</a></div>')
    article = (f'<article><h1 class="article-title">{KE_TITLE}</h1><div class="article-author">By Peter Otieno'
               '</div><div class="article-body">'
               f'{paras(KE[:2])}{also}{paras(KE[2:])}'
               '<p>Follow our <a href="https://whatsapp.example/channel/ke">WhatsApp Channel</a> and join our '
               '<a href="https://t.example/ke">Telegram</a> for the latest news.</p>'
               '<p><em>Get the latest news on Google News</em></p></div></article>')
    return html_page(f"{KE_TITLE} | Rift Daily", f"<main>{article}</main>")


# -- a South African news portal ------------------------------------------------------------------------------------

ZA_TITLE = "Municipality promises end to Riverside water cuts by April"
ZA = ["The Riverside-Example municipality says water cuts that have hit the town for three weeks will end by "
      "April.",
      "Mayor Sipho Dlamini told residents at a meeting on Monday that a new pump would be installed at the main "
      "reservoir.",
      "Residents have been collecting water from tankers since the old pump broke down in February.",
      "The municipality will also repair leaking pipes in the town centre, Dlamini said."]


def south_african_page() -> str:
    # modelled on a South African portal: "READ MORE |" inline teasers, a "Sign up to our newsletter" card, the
    # "Do you have a news tip?" box and the "Get the whole picture 💡" call under the text
    read = ('<p><strong>READ MORE | <a href="/news/riverside-tankers-20250210">Tankers bring relief to dry '
            'Riverside</a></strong></p>')
    news = ('<div class="newsletter-card"><h4>Sign up to our newsletter</h4><p>Get the day\'s top stories in your '
            'inbox.</p><form><input type="email"><button>Subscribe</button></form></div>')
    article = (f'<article class="article"><h1>{ZA_TITLE}</h1><div class="byline">Nomsa Khumalo</div>'
               f'<div class="article__body">{paras(ZA[:2])}{read}{paras(ZA[2:3])}{news}{paras(ZA[3:])}'
               '<p><strong>Do you have a news tip? Send it to us on WhatsApp.</strong></p></div></article>')
    return html_page(f"{ZA_TITLE} | Riverside Herald", f"<main>{article}</main>")


# -- a match report with its score table ---------------------------------------------------------------------------

SP_TITLE = "Harbour United beat Millfield 3-1 to go top"
SP = ["Harbour United went top of the league with a 3-1 win over Millfield at the Quay Ground on Saturday.",
      "Sam Hollis opened the scoring after 12 minutes and Leo Grant added a second before half-time.",
      "Millfield pulled one back through Tom Ashby but Hollis settled it with a header ten minutes from time.",
      "Table after the match",
      "| Pos | Team | P | Pts |",
      "| 1 | Harbour United | 24 | 52 |",
      "| 2 | Kingsbridge | 24 | 50 |",
      "| 3 | Millfield | 24 | 47 |",
      "United travel to Kingsbridge next Saturday."]


def match_page() -> str:
    # modelled on a regional paper's sports page: a score box above the text (teams, goals, minutes), the league
    # table with its heading inside the text, a "More sport" list after it
    score = ('<div class="match-score"><div class="team home">Harbour United</div><div class="score">3 - 1</div>'
             '<div class="team away">Millfield</div><ul class="scorers"><li>Hollis 12\', 80\'</li><li>Grant 41\''
             '</li><li>Ashby 63\'</li></ul></div>')
    table = ('<table class="league-table"><thead><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr></thead>'
             '<tbody><tr><td>1</td><td>Harbour United</td><td>24</td><td>52</td></tr><tr><td>2</td>'
             '<td>Kingsbridge</td><td>24</td><td>50</td></tr><tr><td>3</td><td>Millfield</td><td>24</td>'
             '<td>47</td></tr></tbody></table>')
    more = ('<aside class="more-sport"><h3>More sport</h3><ul><li><a href="/sport/1">Rovers sign winger</a></li>'
            '<li><a href="/sport/2">Cricket club names captain</a></li></ul></aside>')
    article = (f'<article><h1>{SP_TITLE}</h1>{score}<div class="story-body">{paras(SP[:3])}<h3>{SP[3]}</h3>'
               f'{table}{paras(SP[8:])}</div></article>{more}')
    return html_page(f"{SP_TITLE} | Harbour Evening Post", f"<main>{article}</main>")


# -- a weather story with a data table -----------------------------------------------------------------------------

WX_TITLE = "Snow and ice warning for the hills as temperatures fall"
WX = ["Forecasters have issued a yellow warning for snow and ice across the hills from Tuesday evening.",
      "Up to 10cm of snow could fall above 300 metres, with icy roads likely in the morning rush hour.",
      "How cold will it get?",
      "| Town | Tuesday night | Wednesday |",
      "| Highmoor | -4C | 1C |",
      "| Dunmere | -2C | 3C |",
      "| Portlow | 0C | 5C |",
      "Drivers are advised to allow extra time and check for road closures before setting out."]


def weather_page() -> str:
    # modelled on a news site's weather story: a warning banner and a five-day forecast widget outside the text,
    # an intertitle and a table of lows inside it
    banner = ('<div class="weather-alert-banner" role="alert"><strong>Yellow warning</strong> Snow and ice '
              '<a href="/weather/warnings">See all warnings</a></div>')
    widget = ('<aside class="forecast-widget"><h3>5-day forecast</h3><ul><li>Tue 2°</li><li>Wed 1°</li>'
              '<li>Thu 4°</li><li>Fri 6°</li><li>Sat 7°</li></ul></aside>')
    table = ('<table><tr><th>Town</th><th>Tuesday night</th><th>Wednesday</th></tr><tr><td>Highmoor</td>'
             '<td>-4C</td><td>1C</td></tr><tr><td>Dunmere</td><td>-2C</td><td>3C</td></tr><tr><td>Portlow</td>'
             '<td>0C</td><td>5C</td></tr></table>')
    article = (f'{banner}<article><h1>{WX_TITLE}</h1><div class="article-body">{paras(WX[:2])}<h2>{WX[2]}</h2>'
               f'{table}{paras(WX[7:])}</div></article>{widget}')
    return html_page(f"{WX_TITLE} | Dunmere Chronicle", f"<main>{article}</main>")


# -- an obituary ------------------------------------------------------------------------------------------------------

OB_TITLE = "Margaret Ellery, who ran the village shop for 40 years, dies at 91"
OB = ["Margaret Ellery, who ran the shop and post office in Lower Stenby for four decades, has died aged 91.",
      "Born in 1933 in the nearby town of Carrow, she took over the shop with her husband Frank in 1962.",
      "Generations of children remember her for the jar of sherbet lemons she kept behind the counter.",
      "She is survived by her two sons, five grandchildren and three great-grandchildren. Frank died in 2010.",
      "A funeral will be held at St Mary's Church, Lower Stenby, at 2pm on March 14."]


def obituary_page() -> str:
    # modelled on a local paper's obituary: a portrait with the years under it, a "Leave a tribute" box and a
    # funeral notices widget after the text
    portrait = ('<figure class="portrait"><img src="/ellery.jpg" alt="Margaret Ellery"><figcaption>Margaret Ellery '
                '(1933-2025)</figcaption></figure>')
    tribute = ('<div class="tribute-box"><h3>Leave a tribute</h3><p>Share your memories of Margaret with her family.'
               '</p><a class="btn" href="/tributes/new">Add a tribute</a></div>')
    notices = ('<aside class="funeral-notices"><h3>Family notices</h3><ul><li><a href="/notices/1">John Pike</a>'
               '</li><li><a href="/notices/2">Edna Shaw</a></li></ul></aside>')
    article = (f'<article><h1>{OB_TITLE}</h1>{portrait}<div class="article-body">{paras(OB)}</div>{tribute}'
               f'</article>{notices}')
    return html_page(f"{OB_TITLE} | Stenby Gazette", f"<main>{article}</main>")


# -- an opinion column with its disclaimer --------------------------------------------------------------------------

OP_TITLE = "Our town deserves a proper library, not a pop-up"
OP = ["When the council closed the library on Bridge Street three years ago, we were told it would be back.",
      "Instead, we have a room in the leisure centre that opens two mornings a week.",
      "A library is not a luxury. It is where children learn to love books and where the lonely find company.",
      "The council has the money for a new car park. It can find the money for books."]


def opinion_page() -> str:
    # modelled on an opinion page: the columnist's box with portrait and bio after the text, the site's disclaimer
    # "The views expressed…" in italics as the last paragraph
    bio = ('<div class="columnist-bio"><img src="/ruth.jpg" alt=""><p><strong>Ruth Calder</strong> is a retired '
           'teacher and a member of the Friends of Bridge Street Library.</p></div>')
    article = (f'<article class="opinion"><span class="label">Opinion</span><h1>{OP_TITLE}</h1>'
               f'<div class="article-body">{paras(OP)}<p><em>The views expressed in this article are those of the '
               'author and do not necessarily reflect the views of the Bridgeford Times.</em></p></div>'
               f'{bio}</article>')
    return html_page(f"{OP_TITLE} | Bridgeford Times", f"<main>{article}</main>")


# -- an explainer with a table of contents -------------------------------------------------------------------------

EX_TITLE = "The new parking zones explained"
EX = ["The council will bring in new parking zones across the town centre from May 1.",
      "What is changing?",
      "The town centre will be split into three zones, each with its own permits and prices.",
      "Who needs a permit?",
      "Residents living inside a zone will need a permit to park on the street during the day.",
      "How much will it cost?",
      "A resident's permit will cost £60 a year, with a second permit for the same home costing £90."]


def explainer_page() -> str:
    # modelled on an explainer: a "Contents" box of anchor links to the intertitles, each intertitle an <h2> with an
    # id, a "Back to top" link after each section
    toc = ('<nav class="toc"><h4>Contents</h4><ol><li><a href="#changing">What is changing?</a></li>'
           '<li><a href="#permit">Who needs a permit?</a></li><li><a href="#cost">How much will it cost?</a></li>'
           '</ol></nav>')
    top = '<p class="back-to-top"><a href="#top">Back to top</a></p>'
    sections = "".join(f'<h2 id="{anchor}">{EX[i]}</h2><p>{EX[i + 1]}</p>{top}'
                       for anchor, i in (("changing", 1), ("permit", 3), ("cost", 5)))
    article = f'<article><h1>{EX_TITLE}</h1><div class="article-body"><p>{EX[0]}</p>{toc}{sections}</div></article>'
    return html_page(f"{EX_TITLE} | Westgate Courier", f"<main>{article}</main>")


# -- a list article inside a news site -----------------------------------------------------------------------------

LI_TITLE = "Five walks to try in the valley this spring"
LI = ["Spring is the best time to see the valley at its greenest. Here are five walks for all abilities.",
      "1. The Mill Loop",
      "A flat two-mile circuit along the river, past the old mill and back through the water meadows.",
      "2. Beacon Hill",
      "A steep climb rewarded with views across three counties. Allow two hours.",
      "3. Bluebell Wood",
      "In late April the wood is carpeted with bluebells. Paths can be muddy after rain."]


def list_page() -> str:
    # modelled on a lifestyle list on a news site: numbered <h3> items, each with a picture and its credit, an
    # affiliate disclaimer at the top and a "You might also like" row at the end
    disclaimer = ('<p class="affiliate-disclosure"><em>We may earn a commission if you buy through links on this '
                  'page.</em></p>')
    items = "".join(f'<h3>{LI[i]}</h3><figure><img src="/walk{i}.jpg" alt=""><figcaption>Photo: Valley Tourism'
                    f'</figcaption></figure><p>{LI[i + 1]}</p>' for i in (1, 3, 5))
    also = ('<section class="you-might-like"><h3>You might also like</h3><div class="card"><a href="/x">Best pub '
            'gardens in the valley</a></div><div class="card"><a href="/y">Where to swim this summer</a></div>'
            '</section>')
    article = (f'<article><h1>{LI_TITLE}</h1><div class="article-body">{disclaimer}<p>{LI[0]}</p>{items}</div>'
               f'{also}</article>')
    return html_page(f"{LI_TITLE} | Valley News", f"<main>{article}</main>")


PAGES: dict[str, tuple] = {
    "japanese": (japanese_page, "https://news.aobashinpo.example/articles/20250303-00000012", JA_TITLE, JA),
    "korean": (korean_page, "https://www.hanbitnews.example/news/articleView.html?idxno=98765", KO_TITLE, KO),
    "chinese": (chinese_page, "https://news.qinghe-daily.example/c/2025-03-03/doc-abc123.shtml", ZH_TITLE, ZH),
    "arabic": (arabic_page, "https://www.alwaha-today.example/news/2025/03/04/desalination", AR_TITLE, AR),
    "persian": (persian_page, "https://www.noabad-news.example/news/789012/library", FA_TITLE, FA),
    "hebrew": (hebrew_page, "https://www.dkalim-news.example/news/article/5678", HE_TITLE, HE),
    "indonesian": (indonesian_page, "https://regional.wartanusa.example/read/2025/03/04/142000/jalur-sepeda",
                   ID_TITLE, ID),
    "malay": (malay_page, "https://www.beritasentosa.example/berita/2025/03/hospital-baharu", MS_TITLE, MS),
    "vietnamese": (vietnamese_page, "https://www.baohathanh.example/cau-vuot-song-lam-456.html", VI_TITLE, VI[1:],
                   VI[0]),
    "thai": (thai_page, "https://www.nadinews.example/news/98765", TH_TITLE, TH),
    "russian": (russian_page, "https://www.zarechsk-news.example/news/2025/03/04/shkola/", RU_TITLE, RU),
    "ukrainian": (ukrainian_page, "https://www.vyshneve-today.example/news/park-stuhna", UK_TITLE, UK),
    "nigerian": (nigerian_page, "https://www.lagosbeacon.example/2025/03/04/ferry-route/", NG_TITLE, NG),
    "kenyan": (kenyan_page, "https://www.riftdaily.example/counties/2025-03-04-nurses", KE_TITLE, KE),
    "south_african": (south_african_page, "https://www.riversideherald.example/news/water-cuts-20250304", ZA_TITLE,
                      ZA),
    "match": (match_page, "https://www.harbourevening.example/sport/harbour-united-millfield", SP_TITLE, SP),
    "weather": (weather_page, "https://www.dunmerechronicle.example/news/snow-warning", WX_TITLE, WX),
    "obituary": (obituary_page, "https://www.stenbygazette.example/news/margaret-ellery", OB_TITLE, OB),
    "opinion": (opinion_page, "https://www.bridgefordtimes.example/opinion/library", OP_TITLE, OP),
    "explainer": (explainer_page, "https://www.westgatecourier.example/news/parking-zones", EX_TITLE, EX),
    "list": (list_page, "https://www.valleynews.example/lifestyle/spring-walks", LI_TITLE, LI),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_whole_body_of_the_page(name: str) -> None:
    make, url, title, body, *dek = PAGES[name]
    article = EXTRACTOR.extract(make(), url)
    assert article.body.split("\n\n") == body
    if dek:  # a lead set apart under the headline is the subtitle, not a line of the body
        assert article.subtitle == dek[0]


# -- calls to follow the site on a messenger, in the main languages ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Join Lagos Beacon WhatsApp Channel HERE", "Follow our WhatsApp Channel and join our Telegram for the latest news.",
    "Get the latest news on Google News", "Do you have a news tip? Send it to us on WhatsApp.",
    "Got a story? Message us on WhatsApp", "Kindly share this story",
    "Please share this article with your friends.", "Ikuti kami di saluran Telegram untuk berita terkini.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
    "Wartanusa WhatsApp Channel : https://www.whatsapp.example/channel/1. Pastikan kamu sudah install aplikasi "
    "WhatsApp ya.",
    "הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים", "Читайте новини Вишневого в Telegram та Viber.",
    "Следите за нашими новостями в Telegram", "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @nadinews",
    "Theo dõi chúng tôi trên Facebook và YouTube", "Suivez notre chaîne WhatsApp pour ne rien manquer",
    "Únete a nuestro canal de WhatsApp", "انضموا إلى قناتنا على تلغرام",
])
def test_a_call_to_follow_the_site_on_a_messenger_is_clutter(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Join a group call on WhatsApp by tapping the phone icon at the top of the chat.",
    "Follow-up messages on WhatsApp were sent to our reporters, police said.",
    "Get rich quick schemes spread on WhatsApp and Facebook.",
    "Follow the instructions on the Facebook page of the county.",
    "Join us, said the mayor, who posted the invitation on Facebook for the news conference.",
    "Do you know who sent it? Police asked the public in a post on Facebook to come forward, our reporter learned.",
    "Читайте также книгу, которую он написал о Telegram, сказал он.",
])
def test_sentences_about_messengers_stay(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert not is_clutter_line(line)


# -- a Chinese portal's stamp and notes ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["2025年03月03日 09:12来源：清河日报", "2025-03-03 09:12:01　来源：新华网",
                                  "（原标题：今年新建20座社区公园）", "(原標題：市府宣布新政策)"])
def test_a_chinese_portals_stamp_with_its_source_and_the_original_title_are_clutter(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line(line)


def test_a_sentence_after_a_date_and_a_source_label_stays() -> None:
    from crawler._clutter import is_clutter_line

    assert not is_clutter_line("2025-03-03 来源：据新华社报道，市政府昨天召开会议。")


# -- a sign-off set flush right, a box of short items under the headline, the site's name closing the text ---------

def test_a_right_aligned_line_ends_the_text_only_as_a_sign_off() -> None:
    make, url, _, body, _dek = PAGES["vietnamese"]
    # the same short line aligned right in the middle of the text stays (it is no sign-off there) …
    moved = make().replace('<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>', "").replace(
        f"<p class=\"Normal\">{VI[2]}</p>", f'<p class="Normal">{VI[2]}</p><p style="text-align: right">Minh Anh</p>')
    assert EXTRACTOR.extract(moved, url).body.split("\n\n") == [*VI[1:3], "Minh Anh", *VI[3:]]
    # … and a sentence aligned right at the end too
    sentence = "The bridge will be built by a consortium of three local firms, the city said."
    ending = make().replace("<strong>Minh Anh</strong>", sentence)
    assert EXTRACTOR.extract(ending, url).body.split("\n\n") == [*body, sentence]


def test_a_list_under_the_headline_that_a_heading_introduces_stays() -> None:
    # the scorers under "Goals" are the text's own list: a heading introduces them
    make, url, _, body = PAGES["match"]
    html = make().replace('<ul class="scorers">', '<h3>Goals</h3><ul class="scorers">')
    lines = EXTRACTOR.extract(html, url).body.split("\n\n")
    assert lines[:4] == ["Goals", "- Hollis 12', 80'", "- Grant 41'", "- Ashby 63'"]


def test_a_closing_line_is_the_sites_name_only_as_the_title_names_it() -> None:
    make, url, _, body = PAGES["japanese"]
    # a closing line the <title> does not print stays
    other = make().replace('<p class="source-credit">青葉新報</p>', '<p class="source-credit">市交通局</p>')
    assert EXTRACTOR.extract(other, url).body.split("\n\n") == [*JA, "市交通局"]
    # the site's declared name goes as well
    html = html_page("Library to open on Sundays | Bexley Herald",
                     '<main><article><h1>Library to open on Sundays</h1><div class="text">'
                     f"{paras(OP)}<p>Riverside Voice</p></div></article></main>",
                     head='<meta property="og:site_name" content="Riverside Voice">')
    assert EXTRACTOR.extract(html, "https://www.riversidevoice.example/news/library").body.split("\n\n") == OP


@pytest.mark.parametrize("closing", [
    # a poem's close and a letter's signature: several short lines set flush right
    '<p style="text-align: right">Salt on the window</p><p style="text-align: right">and the harbour asleep</p>',
    '<p align="right">Margaret Hollis</p><p align="right">Elm Street, Riverton</p>',
    # a quote's speaker
    '<p align="right">— Mayor Ana Ruiz</p>',
])
def test_right_aligned_lines_that_are_no_sign_off_stay(closing: str) -> None:
    text = ["The council voted on Tuesday to keep the harbour library open for another three years at least.",
            "Readers had written in their hundreds to ask for it, and one of them sent the poem printed below."]
    html = html_page("Library stays open", f"<article><h1>Library stays open</h1>{paras(text)}{closing}</article>")
    body = EXTRACTOR.extract(html, "https://www.harbour-post.example/news/library").body.split("\n\n")
    kept = [line for line in lxml.html.fromstring(f"<div>{closing}</div>").itertext() if line.strip()]
    assert body[-len(kept):] == kept


def test_a_fact_box_under_the_headline_is_the_storys() -> None:
    """Short items right under the headline with no minute of play in them are the story's facts, not a match's
    scorers."""
    text = ["A fire swept through a warehouse district on the edge of the city overnight, officials said on Sunday.",
            "Firefighters from four towns fought the blaze for nine hours before bringing it under control."]
    html = html_page("Warehouse fire", "<article><h1>Warehouse fire</h1><ul><li>3 dead</li><li>12 injured</li>"
                     f"<li>200 evacuated</li></ul>{paras(text)}</article>")
    body = EXTRACTOR.extract(html, "https://www.harbour-post.example/news/fire").body
    assert all(item in body for item in ("3 dead", "12 injured", "200 evacuated"))


@pytest.mark.parametrize("wrapper", [
    # WordPress files the post under its tags in its class: a story tagged "cookies" is no consent notice
    ('<div class="post type-post category-food tag-cookies tag-gdpr">', "</div>"),
    # a story opened in a modal over a listing page is the page's story
    ('<div role="dialog" aria-modal="true" class="story-modal">', "</div>"),
])
def test_a_story_in_a_tagged_post_or_a_modal_is_the_story(wrapper: tuple[str, str]) -> None:
    text = ["Bakers across the region are reporting record sales of chocolate chip cookies this winter, a trend "
            "industry groups say began with a viral video.",
            "At one bakery on Main Street, the owner said she now bakes about 1,200 cookies a day, three times as "
            "many as a year ago, and has hired two more staff.",
            "Economists caution that the boom may fade once the holiday season ends, but bakers say they are "
            "hiring extra staff anyway."]
    teasers = "".join(f'<div class="teaser"><p>{t}</p></div>' for t in (
        "Council to vote on new parking rules for the town centre next week, officials said on Monday.",
        "Local school wins national robotics prize after a season of practice, its coach said."))
    open_, close = wrapper
    html = html_page("Cookie sales soar as bakers hire",
                     f"<main>{teasers}{open_}<h1>Cookie sales soar as bakers hire</h1>{paras(text)}{close}</main>")
    body = EXTRACTOR.extract(html, "https://www.harbour-post.example/food/cookies").body
    assert all(t in body for t in text)


def test_a_story_in_an_open_dialog_element_is_read() -> None:
    """A page that shows its story in a <dialog open> (a reader view over the page): trafilatura deletes every
    <dialog>, so the body came out empty; a dialog beside the story (a newsletter pop-up) still goes."""
    text = ["The council voted on Tuesday to keep the harbour library open for another three years at least.",
            "Readers had written in their hundreds to ask for it, and the mayor said the vote showed the town cared.",
            "The library will also open on Sundays from next month, with volunteers staffing the front desk."]
    story = f"<article><h1>Library stays open</h1>{paras(text)}</article>"
    url = "https://www.harbour-post.example/news/library"
    assert EXTRACTOR.extract(html_page("Library stays open", f"<dialog open>{story}</dialog>"), url).body.split(
        "\n\n") == text
    popup = "<dialog open><p>Get the morning briefing in your inbox, free, every weekday before seven.</p></dialog>"
    assert EXTRACTOR.extract(html_page("Library stays open", story + popup), url).body.split("\n\n") == text
