-- Participant search (issue 10, ADR 015).
--
-- The variant-kanji table of toSearchKey (shared/src/japanese/kana.ts) grew: keys stored before
-- hold the variants it now folds (濵, 冨, 槇, 篭 …), so searching the usual form would miss them.
-- Each entry maps one character to one, so translate() re-derives the keys in place, exactly as
-- toSearchKey now would (it is idempotent: folding an already folded key changes nothing).
-- from: every variant; to: its usual form, in the same order (kana.ts NAME_KANJI_VARIANTS).
update participants set
  search_key = translate(search_key,
    '髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步',
    '高崎崎崎斉斉斉辺辺沢浜浜広桜国徳恵真竜島島富槙籠館柳曽瀬条淵淵峰滝吉桑児薮鉄万円宝宝実寿栄与浅蔵黒静弥亜鴎礼穂恒凛遥桧芦戸郷郷聡譲豊顕伝絵県関渋村岳巌岡野鶴鶴会歳増清青内彦黄歩'),
  bigram_keys = array(
    select distinct translate(piece,
      '髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步',
      '高崎崎崎斉斉斉辺辺沢浜浜広桜国徳恵真竜島島富槙籠館柳曽瀬条淵淵峰滝吉桑児薮鉄万円宝宝実寿栄与浅蔵黒静弥亜鴎礼穂恒凛遥桧芦戸郷郷聡譲豊顕伝絵県関渋村岳巌岡野鶴鶴会歳増清青内彦黄歩')
    from unnest(bigram_keys) as piece)
where search_key ~ '[髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步]';

update users set
  search_text = translate(search_text,
    '髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步',
    '高崎崎崎斉斉斉辺辺沢浜浜広桜国徳恵真竜島島富槙籠館柳曽瀬条淵淵峰滝吉桑児薮鉄万円宝宝実寿栄与浅蔵黒静弥亜鴎礼穂恒凛遥桧芦戸郷郷聡譲豊顕伝絵県関渋村岳巌岡野鶴鶴会歳増清青内彦黄歩'),
  sort_key = translate(sort_key,
    '髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步',
    '高崎崎崎斉斉斉辺辺沢浜浜広桜国徳恵真竜島島富槙籠館柳曽瀬条淵淵峰滝吉桑児薮鉄万円宝宝実寿栄与浅蔵黒静弥亜鴎礼穂恒凛遥桧芦戸郷郷聡譲豊顕伝絵県関渋村岳巌岡野鶴鶴会歳増清青内彦黄歩')
where search_text ~ '[髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步]'
   or sort_key ~ '[髙﨑嵜碕齋齊斎邊邉澤濱濵廣櫻國德惠眞龍嶋嶌冨槇篭舘栁曾瀨條渕渊峯瀧𠮷桒兒藪鐵萬圓寶寳實壽榮與淺藏黑靜彌亞鷗禮穗恆凜遙檜蘆戶鄕鄉聰讓豐顯傳繪縣關澁邨嶽巖崗埜靏靍會歲增淸靑內彥黃步]';

-- A one-character search that is not kana (高, 林) finds names starting with it: the name comes
-- first in search_key, so a prefix range on it, in byte order, is one short index scan.
create index participants_name_prefix_idx on participants (search_key collate "C") where merged_into_id is null;

-- Lists and searches walk the 五十音 index and filter as they go (ADR 013): the columns the filters
-- read ride along in the index (search key, two-character pieces, birth date), so a broad search
-- ("さとう" over 100,000 people) is an index-only scan instead of a table read per row passed over.
drop index participants_sort_idx;
create index participants_sort_idx on participants (reading_key collate "C", id)
  include (search_key, bigram_keys, birth_date) where merged_into_id is null;

-- The duplicate check's "similar reading, same birth year": the year's readings read from the
-- index alone (similarity() is computed on them there), not from ~2,000 table rows.
drop index participants_birth_idx;
create index participants_birth_idx on participants (birth_date) include (reading_key, id) where merged_into_id is null;
