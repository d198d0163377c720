package io.parley.interop;

/** The strings Apache Thrift's Python test client sends: escapes, Japanese and many scripts. */
final class TestStrings {
  private TestStrings() {}

  static final String ESCAPES = "\b\t\n/\\\\\r{}:\u30d1\u30a4\u30bd\u30f3\"";

  /** Characters outside the Basic Multilingual Plane: four UTF-8 bytes, a surrogate pair in Java. */
  static final String ASTRAL = "\ud83d\ude80 rocket, \ud834\udd1e clef, \ud83d\udc4d\ud83c\udffd thumbs";

  static final String LANGUAGES = """
      Afrikaans, Alemannisch, Aragonés, العربية, مصرى,
              Asturianu, Aymar aru, Azərbaycan, Башҡорт, Boarisch, Žemaitėška,
              Беларуская, Беларуская (тарашкевіца), Български, Bamanankan,
              বাংলা, Brezhoneg, Bosanski, Català, Mìng-dĕ̤ng-ngṳ̄, Нохчийн,
              Cebuano, ᏣᎳᎩ, Česky, Словѣ́ньскъ / ⰔⰎⰑⰂⰡⰐⰠⰔⰍⰟ, Чӑвашла, Cymraeg,
              Dansk, Zazaki, ދިވެހިބަސް, Ελληνικά, Emiliàn e rumagnòl, English,
              Esperanto, Español, Eesti, Euskara, فارسی, Suomi, Võro, Føroyskt,
              Français, Arpetan, Furlan, Frysk, Gaeilge, 贛語, Gàidhlig, Galego,
              Avañe'ẽ, ગુજરાતી, Gaelg, עברית, हिन्दी, Fiji Hindi, Hrvatski,
              Kreyòl ayisyen, Magyar, Հայերեն, Interlingua, Bahasa Indonesia,
              Ilokano, Ido, Íslenska, Italiano, 日本語, Lojban, Basa Jawa,
              ქართული, Kongo, Kalaallisut, ಕನ್ನಡ, 한국어, Къарачай-Малкъар,
              Ripoarisch, Kurdî, Коми, Kernewek, Кыргызча, Latina, Ladino,
              Lëtzebuergesch, Limburgs, Lingála, ລາວ, Lietuvių, Latviešu, Basa
              Banyumasan, Malagasy, Македонски, മലയാളം, मराठी, مازِرونی, Bahasa
              Melayu, Nnapulitano, Nedersaksisch, नेपाल भाषा, Nederlands,\s
              Norsk (nynorsk), Norsk (bokmål), Nouormand, Diné bizaad,
              Occitan, Иронау, Papiamentu, Deitsch, Polski, پنجابی, پښتو,
              Norfuk / Pitkern, Português, Runa Simi, Rumantsch, Romani, Română,
              Русский, Саха тыла, Sardu, Sicilianu, Scots, Sámegiella, Simple
              English, Slovenčina, Slovenščina, Српски / Srpski, Seeltersk,
              Svenska, Kiswahili, தமிழ், తెలుగు, Тоҷикӣ, ไทย, Türkmençe, Tagalog,
              Türkçe, Татарча/Tatarça, Українська, اردو, Tiếng Việt, Volapük,
              Walon, Winaray, 吴语, isiXhosa, ייִדיש, Yorùbá, Zeêuws, 中文,
              Bân-lâm-gú, 粵語""";
}
