# A struct and an exception with more fields than one JVM parameter list holds (255 slots;
# i64 and double take two), and a method with as many parameters as a Java method may have.
# ManyStrings has more fields than javac can follow as one && or + chain (about 1,000).
namespace java wide
namespace py wide

struct Wide {
  1: i64 f1
  2: required double f2
  3: string f3
  4: list<i32> f4
  5: i32 f5
  6: i64 f6
  7: optional double f7
  8: string f8
  9: list<i32> f9
  10: i32 f10
  11: i64 f11
  12: double f12
  13: string f13
  14: optional list<i32> f14
  15: i32 f15
  16: i64 f16
  17: double f17
  18: string f18
  19: list<i32> f19
  20: i32 f20
  21: optional i64 f21
  22: double f22
  23: string f23
  24: list<i32> f24
  25: i32 f25
  26: i64 f26
  27: double f27
  28: optional string f28
  29: list<i32> f29
  30: i32 f30
  31: i64 f31
  32: double f32
  33: string f33
  34: list<i32> f34
  35: optional i32 f35
  36: i64 f36
  37: double f37
  38: string f38
  39: list<i32> f39
  40: i32 f40
  41: i64 f41
  42: optional double f42
  43: string f43
  44: list<i32> f44
  45: i32 f45
  46: i64 f46
  47: double f47
  48: string f48
  49: optional list<i32> f49
  50: i32 f50
  51: i64 f51
  52: double f52
  53: string f53
  54: list<i32> f54
  55: i32 f55
  56: optional i64 f56
  57: double f57
  58: string f58
  59: list<i32> f59
  60: i32 f60
  61: i64 f61
  62: double f62
  63: optional string f63
  64: list<i32> f64
  65: i32 f65
  66: i64 f66
  67: double f67
  68: string f68
  69: list<i32> f69
  70: optional i32 f70
  71: i64 f71
  72: double f72
  73: string f73
  74: list<i32> f74
  75: i32 f75
  76: i64 f76
  77: optional double f77
  78: string f78
  79: list<i32> f79
  80: i32 f80
  81: i64 f81
  82: double f82
  83: string f83
  84: optional list<i32> f84
  85: i32 f85
  86: i64 f86
  87: double f87
  88: string f88
  89: list<i32> f89
  90: i32 f90
  91: optional i64 f91
  92: double f92
  93: string f93
  94: list<i32> f94
  95: i32 f95
  96: i64 f96
  97: double f97
  98: optional string f98
  99: list<i32> f99
  100: i32 f100
  101: i64 f101
  102: double f102
  103: string f103
  104: list<i32> f104
  105: optional i32 f105
  106: i64 f106
  107: double f107
  108: string f108
  109: list<i32> f109
  110: i32 f110
  111: i64 f111
  112: optional double f112
  113: string f113
  114: list<i32> f114
  115: i32 f115
  116: i64 f116
  117: double f117
  118: string f118
  119: optional list<i32> f119
  120: i32 f120
  121: i64 f121
  122: double f122
  123: string f123
  124: list<i32> f124
  125: i32 f125
  126: optional i64 f126
  127: double f127
  128: string f128
  129: list<i32> f129
  130: i32 f130
  131: i64 f131
  132: double f132
  133: optional string f133
  134: list<i32> f134
  135: i32 f135
  136: i64 f136
  137: double f137
  138: string f138
  139: list<i32> f139
  140: optional i32 f140
  141: i64 f141
  142: double f142
  143: string f143
  144: list<i32> f144
  145: i32 f145
  146: i64 f146
  147: optional double f147
  148: string f148
  149: list<i32> f149
  150: i32 f150
  151: i64 f151
  152: double f152
  153: string f153
  154: optional list<i32> f154
  155: i32 f155
  156: i64 f156
  157: double f157
  158: string f158
  159: list<i32> f159
  160: i32 f160
  161: optional i64 f161
  162: double f162
  163: string f163
  164: list<i32> f164
  165: i32 f165
  166: i64 f166
  167: double f167
  168: optional string f168
  169: list<i32> f169
  170: i32 f170
  171: i64 f171
  172: double f172
  173: string f173
  174: list<i32> f174
  175: optional i32 f175
  176: i64 f176
  177: double f177
  178: string f178
  179: list<i32> f179
  180: i32 f180
  181: i64 f181
  182: optional double f182
  183: string f183
  184: list<i32> f184
  185: i32 f185
  186: i64 f186
  187: double f187
  188: string f188
  189: optional list<i32> f189
  190: i32 f190
  191: i64 f191
  192: double f192
  193: string f193
  194: list<i32> f194
  195: i32 f195
  196: optional i64 f196
  197: double f197
  198: string f198
  199: list<i32> f199
  200: i32 f200
  201: i64 f201
  202: double f202
  203: optional string f203
  204: list<i32> f204
  205: i32 f205
  206: i64 f206
  207: double f207
  208: string f208
  209: list<i32> f209
  210: optional i32 f210
  211: i64 f211
  212: double f212
  213: string f213
  214: list<i32> f214
  215: i32 f215
  216: i64 f216
  217: optional double f217
  218: string f218
  219: list<i32> f219
  220: i32 f220
  221: i64 f221
  222: double f222
  223: string f223
  224: optional list<i32> f224
  225: i32 f225
  226: i64 f226
  227: double f227
  228: string f228
  229: list<i32> f229
  230: i32 f230
  231: optional i64 f231
  232: double f232
  233: string f233
  234: list<i32> f234
  235: i32 f235
  236: i64 f236
  237: double f237
  238: optional string f238
  239: list<i32> f239
  240: i32 f240
  241: i64 f241
  242: double f242
  243: string f243
  244: list<i32> f244
  245: optional i32 f245
  246: i64 f246
  247: double f247
  248: string f248
  249: list<i32> f249
  250: i32 f250
  251: i64 f251
  252: optional double f252
  253: string f253
  254: list<i32> f254
  255: i32 f255
  256: i64 f256
  257: double f257
  258: string f258
  259: optional list<i32> f259
  260: i32 f260
  261: i64 f261
  262: double f262
  263: string f263
  264: list<i32> f264
  265: i32 f265
  266: optional i64 f266
  267: double f267
  268: string f268
  269: list<i32> f269
  270: i32 f270
  271: i64 f271
  272: double f272
  273: optional string f273
  274: list<i32> f274
  275: i32 f275
  276: i64 f276
  277: double f277
  278: string f278
  279: list<i32> f279
  280: optional i32 f280
  281: i64 f281
  282: double f282
  283: string f283
  284: list<i32> f284
  285: i32 f285
  286: i64 f286
  287: optional double f287
  288: string f288
  289: list<i32> f289
  290: i32 f290
  291: i64 f291
  292: double f292
  293: string f293
  294: optional list<i32> f294
  295: i32 f295
  296: i64 f296
  297: double f297
  298: string f298
  299: list<i32> f299
  300: i32 f300
}

struct ManyStrings {
  1: optional string s1
  2: optional string s2
  3: optional string s3
  4: optional string s4
  5: optional string s5
  6: optional string s6
  7: optional string s7
  8: optional string s8
  9: optional string s9
  10: optional string s10
  11: optional string s11
  12: optional string s12
  13: optional string s13
  14: optional string s14
  15: optional string s15
  16: optional string s16
  17: optional string s17
  18: optional string s18
  19: optional string s19
  20: optional string s20
  21: optional string s21
  22: optional string s22
  23: optional string s23
  24: optional string s24
  25: optional string s25
  26: optional string s26
  27: optional string s27
  28: optional string s28
  29: optional string s29
  30: optional string s30
  31: optional string s31
  32: optional string s32
  33: optional string s33
  34: optional string s34
  35: optional string s35
  36: optional string s36
  37: optional string s37
  38: optional string s38
  39: optional string s39
  40: optional string s40
  41: optional string s41
  42: optional string s42
  43: optional string s43
  44: optional string s44
  45: optional string s45
  46: optional string s46
  47: optional string s47
  48: optional string s48
  49: optional string s49
  50: optional string s50
  51: optional string s51
  52: optional string s52
  53: optional string s53
  54: optional string s54
  55: optional string s55
  56: optional string s56
  57: optional string s57
  58: optional string s58
  59: optional string s59
  60: optional string s60
  61: optional string s61
  62: optional string s62
  63: optional string s63
  64: optional string s64
  65: optional string s65
  66: optional string s66
  67: optional string s67
  68: optional string s68
  69: optional string s69
  70: optional string s70
  71: optional string s71
  72: optional string s72
  73: optional string s73
  74: optional string s74
  75: optional string s75
  76: optional string s76
  77: optional string s77
  78: optional string s78
  79: optional string s79
  80: optional string s80
  81: optional string s81
  82: optional string s82
  83: optional string s83
  84: optional string s84
  85: optional string s85
  86: optional string s86
  87: optional string s87
  88: optional string s88
  89: optional string s89
  90: optional string s90
  91: optional string s91
  92: optional string s92
  93: optional string s93
  94: optional string s94
  95: optional string s95
  96: optional string s96
  97: optional string s97
  98: optional string s98
  99: optional string s99
  100: optional string s100
  101: optional string s101
  102: optional string s102
  103: optional string s103
  104: optional string s104
  105: optional string s105
  106: optional string s106
  107: optional string s107
  108: optional string s108
  109: optional string s109
  110: optional string s110
  111: optional string s111
  112: optional string s112
  113: optional string s113
  114: optional string s114
  115: optional string s115
  116: optional string s116
  117: optional string s117
  118: optional string s118
  119: optional string s119
  120: optional string s120
  121: optional string s121
  122: optional string s122
  123: optional string s123
  124: optional string s124
  125: optional string s125
  126: optional string s126
  127: optional string s127
  128: optional string s128
  129: optional string s129
  130: optional string s130
  131: optional string s131
  132: optional string s132
  133: optional string s133
  134: optional string s134
  135: optional string s135
  136: optional string s136
  137: optional string s137
  138: optional string s138
  139: optional string s139
  140: optional string s140
  141: optional string s141
  142: optional string s142
  143: optional string s143
  144: optional string s144
  145: optional string s145
  146: optional string s146
  147: optional string s147
  148: optional string s148
  149: optional string s149
  150: optional string s150
  151: optional string s151
  152: optional string s152
  153: optional string s153
  154: optional string s154
  155: optional string s155
  156: optional string s156
  157: optional string s157
  158: optional string s158
  159: optional string s159
  160: optional string s160
  161: optional string s161
  162: optional string s162
  163: optional string s163
  164: optional string s164
  165: optional string s165
  166: optional string s166
  167: optional string s167
  168: optional string s168
  169: optional string s169
  170: optional string s170
  171: optional string s171
  172: optional string s172
  173: optional string s173
  174: optional string s174
  175: optional string s175
  176: optional string s176
  177: optional string s177
  178: optional string s178
  179: optional string s179
  180: optional string s180
  181: optional string s181
  182: optional string s182
  183: optional string s183
  184: optional string s184
  185: optional string s185
  186: optional string s186
  187: optional string s187
  188: optional string s188
  189: optional string s189
  190: optional string s190
  191: optional string s191
  192: optional string s192
  193: optional string s193
  194: optional string s194
  195: optional string s195
  196: optional string s196
  197: optional string s197
  198: optional string s198
  199: optional string s199
  200: optional string s200
  201: optional string s201
  202: optional string s202
  203: optional string s203
  204: optional string s204
  205: optional string s205
  206: optional string s206
  207: optional string s207
  208: optional string s208
  209: optional string s209
  210: optional string s210
  211: optional string s211
  212: optional string s212
  213: optional string s213
  214: optional string s214
  215: optional string s215
  216: optional string s216
  217: optional string s217
  218: optional string s218
  219: optional string s219
  220: optional string s220
  221: optional string s221
  222: optional string s222
  223: optional string s223
  224: optional string s224
  225: optional string s225
  226: optional string s226
  227: optional string s227
  228: optional string s228
  229: optional string s229
  230: optional string s230
  231: optional string s231
  232: optional string s232
  233: optional string s233
  234: optional string s234
  235: optional string s235
  236: optional string s236
  237: optional string s237
  238: optional string s238
  239: optional string s239
  240: optional string s240
  241: optional string s241
  242: optional string s242
  243: optional string s243
  244: optional string s244
  245: optional string s245
  246: optional string s246
  247: optional string s247
  248: optional string s248
  249: optional string s249
  250: optional string s250
  251: optional string s251
  252: optional string s252
  253: optional string s253
  254: optional string s254
  255: optional string s255
  256: optional string s256
  257: optional string s257
  258: optional string s258
  259: optional string s259
  260: optional string s260
  261: optional string s261
  262: optional string s262
  263: optional string s263
  264: optional string s264
  265: optional string s265
  266: optional string s266
  267: optional string s267
  268: optional string s268
  269: optional string s269
  270: optional string s270
  271: optional string s271
  272: optional string s272
  273: optional string s273
  274: optional string s274
  275: optional string s275
  276: optional string s276
  277: optional string s277
  278: optional string s278
  279: optional string s279
  280: optional string s280
  281: optional string s281
  282: optional string s282
  283: optional string s283
  284: optional string s284
  285: optional string s285
  286: optional string s286
  287: optional string s287
  288: optional string s288
  289: optional string s289
  290: optional string s290
  291: optional string s291
  292: optional string s292
  293: optional string s293
  294: optional string s294
  295: optional string s295
  296: optional string s296
  297: optional string s297
  298: optional string s298
  299: optional string s299
  300: optional string s300
  301: optional string s301
  302: optional string s302
  303: optional string s303
  304: optional string s304
  305: optional string s305
  306: optional string s306
  307: optional string s307
  308: optional string s308
  309: optional string s309
  310: optional string s310
  311: optional string s311
  312: optional string s312
  313: optional string s313
  314: optional string s314
  315: optional string s315
  316: optional string s316
  317: optional string s317
  318: optional string s318
  319: optional string s319
  320: optional string s320
  321: optional string s321
  322: optional string s322
  323: optional string s323
  324: optional string s324
  325: optional string s325
  326: optional string s326
  327: optional string s327
  328: optional string s328
  329: optional string s329
  330: optional string s330
  331: optional string s331
  332: optional string s332
  333: optional string s333
  334: optional string s334
  335: optional string s335
  336: optional string s336
  337: optional string s337
  338: optional string s338
  339: optional string s339
  340: optional string s340
  341: optional string s341
  342: optional string s342
  343: optional string s343
  344: optional string s344
  345: optional string s345
  346: optional string s346
  347: optional string s347
  348: optional string s348
  349: optional string s349
  350: optional string s350
  351: optional string s351
  352: optional string s352
  353: optional string s353
  354: optional string s354
  355: optional string s355
  356: optional string s356
  357: optional string s357
  358: optional string s358
  359: optional string s359
  360: optional string s360
  361: optional string s361
  362: optional string s362
  363: optional string s363
  364: optional string s364
  365: optional string s365
  366: optional string s366
  367: optional string s367
  368: optional string s368
  369: optional string s369
  370: optional string s370
  371: optional string s371
  372: optional string s372
  373: optional string s373
  374: optional string s374
  375: optional string s375
  376: optional string s376
  377: optional string s377
  378: optional string s378
  379: optional string s379
  380: optional string s380
  381: optional string s381
  382: optional string s382
  383: optional string s383
  384: optional string s384
  385: optional string s385
  386: optional string s386
  387: optional string s387
  388: optional string s388
  389: optional string s389
  390: optional string s390
  391: optional string s391
  392: optional string s392
  393: optional string s393
  394: optional string s394
  395: optional string s395
  396: optional string s396
  397: optional string s397
  398: optional string s398
  399: optional string s399
  400: optional string s400
  401: optional string s401
  402: optional string s402
  403: optional string s403
  404: optional string s404
  405: optional string s405
  406: optional string s406
  407: optional string s407
  408: optional string s408
  409: optional string s409
  410: optional string s410
  411: optional string s411
  412: optional string s412
  413: optional string s413
  414: optional string s414
  415: optional string s415
  416: optional string s416
  417: optional string s417
  418: optional string s418
  419: optional string s419
  420: optional string s420
  421: optional string s421
  422: optional string s422
  423: optional string s423
  424: optional string s424
  425: optional string s425
  426: optional string s426
  427: optional string s427
  428: optional string s428
  429: optional string s429
  430: optional string s430
  431: optional string s431
  432: optional string s432
  433: optional string s433
  434: optional string s434
  435: optional string s435
  436: optional string s436
  437: optional string s437
  438: optional string s438
  439: optional string s439
  440: optional string s440
  441: optional string s441
  442: optional string s442
  443: optional string s443
  444: optional string s444
  445: optional string s445
  446: optional string s446
  447: optional string s447
  448: optional string s448
  449: optional string s449
  450: optional string s450
  451: optional string s451
  452: optional string s452
  453: optional string s453
  454: optional string s454
  455: optional string s455
  456: optional string s456
  457: optional string s457
  458: optional string s458
  459: optional string s459
  460: optional string s460
  461: optional string s461
  462: optional string s462
  463: optional string s463
  464: optional string s464
  465: optional string s465
  466: optional string s466
  467: optional string s467
  468: optional string s468
  469: optional string s469
  470: optional string s470
  471: optional string s471
  472: optional string s472
  473: optional string s473
  474: optional string s474
  475: optional string s475
  476: optional string s476
  477: optional string s477
  478: optional string s478
  479: optional string s479
  480: optional string s480
  481: optional string s481
  482: optional string s482
  483: optional string s483
  484: optional string s484
  485: optional string s485
  486: optional string s486
  487: optional string s487
  488: optional string s488
  489: optional string s489
  490: optional string s490
  491: optional string s491
  492: optional string s492
  493: optional string s493
  494: optional string s494
  495: optional string s495
  496: optional string s496
  497: optional string s497
  498: optional string s498
  499: optional string s499
  500: optional string s500
  501: optional string s501
  502: optional string s502
  503: optional string s503
  504: optional string s504
  505: optional string s505
  506: optional string s506
  507: optional string s507
  508: optional string s508
  509: optional string s509
  510: optional string s510
  511: optional string s511
  512: optional string s512
  513: optional string s513
  514: optional string s514
  515: optional string s515
  516: optional string s516
  517: optional string s517
  518: optional string s518
  519: optional string s519
  520: optional string s520
  521: optional string s521
  522: optional string s522
  523: optional string s523
  524: optional string s524
  525: optional string s525
  526: optional string s526
  527: optional string s527
  528: optional string s528
  529: optional string s529
  530: optional string s530
  531: optional string s531
  532: optional string s532
  533: optional string s533
  534: optional string s534
  535: optional string s535
  536: optional string s536
  537: optional string s537
  538: optional string s538
  539: optional string s539
  540: optional string s540
  541: optional string s541
  542: optional string s542
  543: optional string s543
  544: optional string s544
  545: optional string s545
  546: optional string s546
  547: optional string s547
  548: optional string s548
  549: optional string s549
  550: optional string s550
  551: optional string s551
  552: optional string s552
  553: optional string s553
  554: optional string s554
  555: optional string s555
  556: optional string s556
  557: optional string s557
  558: optional string s558
  559: optional string s559
  560: optional string s560
  561: optional string s561
  562: optional string s562
  563: optional string s563
  564: optional string s564
  565: optional string s565
  566: optional string s566
  567: optional string s567
  568: optional string s568
  569: optional string s569
  570: optional string s570
  571: optional string s571
  572: optional string s572
  573: optional string s573
  574: optional string s574
  575: optional string s575
  576: optional string s576
  577: optional string s577
  578: optional string s578
  579: optional string s579
  580: optional string s580
  581: optional string s581
  582: optional string s582
  583: optional string s583
  584: optional string s584
  585: optional string s585
  586: optional string s586
  587: optional string s587
  588: optional string s588
  589: optional string s589
  590: optional string s590
  591: optional string s591
  592: optional string s592
  593: optional string s593
  594: optional string s594
  595: optional string s595
  596: optional string s596
  597: optional string s597
  598: optional string s598
  599: optional string s599
  600: optional string s600
  601: optional string s601
  602: optional string s602
  603: optional string s603
  604: optional string s604
  605: optional string s605
  606: optional string s606
  607: optional string s607
  608: optional string s608
  609: optional string s609
  610: optional string s610
  611: optional string s611
  612: optional string s612
  613: optional string s613
  614: optional string s614
  615: optional string s615
  616: optional string s616
  617: optional string s617
  618: optional string s618
  619: optional string s619
  620: optional string s620
  621: optional string s621
  622: optional string s622
  623: optional string s623
  624: optional string s624
  625: optional string s625
  626: optional string s626
  627: optional string s627
  628: optional string s628
  629: optional string s629
  630: optional string s630
  631: optional string s631
  632: optional string s632
  633: optional string s633
  634: optional string s634
  635: optional string s635
  636: optional string s636
  637: optional string s637
  638: optional string s638
  639: optional string s639
  640: optional string s640
  641: optional string s641
  642: optional string s642
  643: optional string s643
  644: optional string s644
  645: optional string s645
  646: optional string s646
  647: optional string s647
  648: optional string s648
  649: optional string s649
  650: optional string s650
  651: optional string s651
  652: optional string s652
  653: optional string s653
  654: optional string s654
  655: optional string s655
  656: optional string s656
  657: optional string s657
  658: optional string s658
  659: optional string s659
  660: optional string s660
  661: optional string s661
  662: optional string s662
  663: optional string s663
  664: optional string s664
  665: optional string s665
  666: optional string s666
  667: optional string s667
  668: optional string s668
  669: optional string s669
  670: optional string s670
  671: optional string s671
  672: optional string s672
  673: optional string s673
  674: optional string s674
  675: optional string s675
  676: optional string s676
  677: optional string s677
  678: optional string s678
  679: optional string s679
  680: optional string s680
  681: optional string s681
  682: optional string s682
  683: optional string s683
  684: optional string s684
  685: optional string s685
  686: optional string s686
  687: optional string s687
  688: optional string s688
  689: optional string s689
  690: optional string s690
  691: optional string s691
  692: optional string s692
  693: optional string s693
  694: optional string s694
  695: optional string s695
  696: optional string s696
  697: optional string s697
  698: optional string s698
  699: optional string s699
  700: optional string s700
  701: optional string s701
  702: optional string s702
  703: optional string s703
  704: optional string s704
  705: optional string s705
  706: optional string s706
  707: optional string s707
  708: optional string s708
  709: optional string s709
  710: optional string s710
  711: optional string s711
  712: optional string s712
  713: optional string s713
  714: optional string s714
  715: optional string s715
  716: optional string s716
  717: optional string s717
  718: optional string s718
  719: optional string s719
  720: optional string s720
  721: optional string s721
  722: optional string s722
  723: optional string s723
  724: optional string s724
  725: optional string s725
  726: optional string s726
  727: optional string s727
  728: optional string s728
  729: optional string s729
  730: optional string s730
  731: optional string s731
  732: optional string s732
  733: optional string s733
  734: optional string s734
  735: optional string s735
  736: optional string s736
  737: optional string s737
  738: optional string s738
  739: optional string s739
  740: optional string s740
  741: optional string s741
  742: optional string s742
  743: optional string s743
  744: optional string s744
  745: optional string s745
  746: optional string s746
  747: optional string s747
  748: optional string s748
  749: optional string s749
  750: optional string s750
  751: optional string s751
  752: optional string s752
  753: optional string s753
  754: optional string s754
  755: optional string s755
  756: optional string s756
  757: optional string s757
  758: optional string s758
  759: optional string s759
  760: optional string s760
  761: optional string s761
  762: optional string s762
  763: optional string s763
  764: optional string s764
  765: optional string s765
  766: optional string s766
  767: optional string s767
  768: optional string s768
  769: optional string s769
  770: optional string s770
  771: optional string s771
  772: optional string s772
  773: optional string s773
  774: optional string s774
  775: optional string s775
  776: optional string s776
  777: optional string s777
  778: optional string s778
  779: optional string s779
  780: optional string s780
  781: optional string s781
  782: optional string s782
  783: optional string s783
  784: optional string s784
  785: optional string s785
  786: optional string s786
  787: optional string s787
  788: optional string s788
  789: optional string s789
  790: optional string s790
  791: optional string s791
  792: optional string s792
  793: optional string s793
  794: optional string s794
  795: optional string s795
  796: optional string s796
  797: optional string s797
  798: optional string s798
  799: optional string s799
  800: optional string s800
  801: optional string s801
  802: optional string s802
  803: optional string s803
  804: optional string s804
  805: optional string s805
  806: optional string s806
  807: optional string s807
  808: optional string s808
  809: optional string s809
  810: optional string s810
  811: optional string s811
  812: optional string s812
  813: optional string s813
  814: optional string s814
  815: optional string s815
  816: optional string s816
  817: optional string s817
  818: optional string s818
  819: optional string s819
  820: optional string s820
  821: optional string s821
  822: optional string s822
  823: optional string s823
  824: optional string s824
  825: optional string s825
  826: optional string s826
  827: optional string s827
  828: optional string s828
  829: optional string s829
  830: optional string s830
  831: optional string s831
  832: optional string s832
  833: optional string s833
  834: optional string s834
  835: optional string s835
  836: optional string s836
  837: optional string s837
  838: optional string s838
  839: optional string s839
  840: optional string s840
  841: optional string s841
  842: optional string s842
  843: optional string s843
  844: optional string s844
  845: optional string s845
  846: optional string s846
  847: optional string s847
  848: optional string s848
  849: optional string s849
  850: optional string s850
  851: optional string s851
  852: optional string s852
  853: optional string s853
  854: optional string s854
  855: optional string s855
  856: optional string s856
  857: optional string s857
  858: optional string s858
  859: optional string s859
  860: optional string s860
  861: optional string s861
  862: optional string s862
  863: optional string s863
  864: optional string s864
  865: optional string s865
  866: optional string s866
  867: optional string s867
  868: optional string s868
  869: optional string s869
  870: optional string s870
  871: optional string s871
  872: optional string s872
  873: optional string s873
  874: optional string s874
  875: optional string s875
  876: optional string s876
  877: optional string s877
  878: optional string s878
  879: optional string s879
  880: optional string s880
  881: optional string s881
  882: optional string s882
  883: optional string s883
  884: optional string s884
  885: optional string s885
  886: optional string s886
  887: optional string s887
  888: optional string s888
  889: optional string s889
  890: optional string s890
  891: optional string s891
  892: optional string s892
  893: optional string s893
  894: optional string s894
  895: optional string s895
  896: optional string s896
  897: optional string s897
  898: optional string s898
  899: optional string s899
  900: optional string s900
  901: optional string s901
  902: optional string s902
  903: optional string s903
  904: optional string s904
  905: optional string s905
  906: optional string s906
  907: optional string s907
  908: optional string s908
  909: optional string s909
  910: optional string s910
  911: optional string s911
  912: optional string s912
  913: optional string s913
  914: optional string s914
  915: optional string s915
  916: optional string s916
  917: optional string s917
  918: optional string s918
  919: optional string s919
  920: optional string s920
  921: optional string s921
  922: optional string s922
  923: optional string s923
  924: optional string s924
  925: optional string s925
  926: optional string s926
  927: optional string s927
  928: optional string s928
  929: optional string s929
  930: optional string s930
  931: optional string s931
  932: optional string s932
  933: optional string s933
  934: optional string s934
  935: optional string s935
  936: optional string s936
  937: optional string s937
  938: optional string s938
  939: optional string s939
  940: optional string s940
  941: optional string s941
  942: optional string s942
  943: optional string s943
  944: optional string s944
  945: optional string s945
  946: optional string s946
  947: optional string s947
  948: optional string s948
  949: optional string s949
  950: optional string s950
  951: optional string s951
  952: optional string s952
  953: optional string s953
  954: optional string s954
  955: optional string s955
  956: optional string s956
  957: optional string s957
  958: optional string s958
  959: optional string s959
  960: optional string s960
  961: optional string s961
  962: optional string s962
  963: optional string s963
  964: optional string s964
  965: optional string s965
  966: optional string s966
  967: optional string s967
  968: optional string s968
  969: optional string s969
  970: optional string s970
  971: optional string s971
  972: optional string s972
  973: optional string s973
  974: optional string s974
  975: optional string s975
  976: optional string s976
  977: optional string s977
  978: optional string s978
  979: optional string s979
  980: optional string s980
  981: optional string s981
  982: optional string s982
  983: optional string s983
  984: optional string s984
  985: optional string s985
  986: optional string s986
  987: optional string s987
  988: optional string s988
  989: optional string s989
  990: optional string s990
  991: optional string s991
  992: optional string s992
  993: optional string s993
  994: optional string s994
  995: optional string s995
  996: optional string s996
  997: optional string s997
  998: optional string s998
  999: optional string s999
  1000: optional string s1000
  1001: optional string s1001
  1002: optional string s1002
  1003: optional string s1003
  1004: optional string s1004
  1005: optional string s1005
  1006: optional string s1006
  1007: optional string s1007
  1008: optional string s1008
  1009: optional string s1009
  1010: optional string s1010
  1011: optional string s1011
  1012: optional string s1012
  1013: optional string s1013
  1014: optional string s1014
  1015: optional string s1015
  1016: optional string s1016
  1017: optional string s1017
  1018: optional string s1018
  1019: optional string s1019
  1020: optional string s1020
  1021: optional string s1021
  1022: optional string s1022
  1023: optional string s1023
  1024: optional string s1024
  1025: optional string s1025
  1026: optional string s1026
  1027: optional string s1027
  1028: optional string s1028
  1029: optional string s1029
  1030: optional string s1030
  1031: optional string s1031
  1032: optional string s1032
  1033: optional string s1033
  1034: optional string s1034
  1035: optional string s1035
  1036: optional string s1036
  1037: optional string s1037
  1038: optional string s1038
  1039: optional string s1039
  1040: optional string s1040
  1041: optional string s1041
  1042: optional string s1042
  1043: optional string s1043
  1044: optional string s1044
  1045: optional string s1045
  1046: optional string s1046
  1047: optional string s1047
  1048: optional string s1048
  1049: optional string s1049
  1050: optional string s1050
  1051: optional string s1051
  1052: optional string s1052
  1053: optional string s1053
  1054: optional string s1054
  1055: optional string s1055
  1056: optional string s1056
  1057: optional string s1057
  1058: optional string s1058
  1059: optional string s1059
  1060: optional string s1060
  1061: optional string s1061
  1062: optional string s1062
  1063: optional string s1063
  1064: optional string s1064
  1065: optional string s1065
  1066: optional string s1066
  1067: optional string s1067
  1068: optional string s1068
  1069: optional string s1069
  1070: optional string s1070
  1071: optional string s1071
  1072: optional string s1072
  1073: optional string s1073
  1074: optional string s1074
  1075: optional string s1075
  1076: optional string s1076
  1077: optional string s1077
  1078: optional string s1078
  1079: optional string s1079
  1080: optional string s1080
  1081: optional string s1081
  1082: optional string s1082
  1083: optional string s1083
  1084: optional string s1084
  1085: optional string s1085
  1086: optional string s1086
  1087: optional string s1087
  1088: optional string s1088
  1089: optional string s1089
  1090: optional string s1090
  1091: optional string s1091
  1092: optional string s1092
  1093: optional string s1093
  1094: optional string s1094
  1095: optional string s1095
  1096: optional string s1096
  1097: optional string s1097
  1098: optional string s1098
  1099: optional string s1099
  1100: optional string s1100
}

exception WideError {
  1: i64 e1
  2: i64 e2
  3: i64 e3
  4: i64 e4
  5: i64 e5
  6: i64 e6
  7: i64 e7
  8: i64 e8
  9: i64 e9
  10: i64 e10
  11: i64 e11
  12: i64 e12
  13: i64 e13
  14: i64 e14
  15: i64 e15
  16: i64 e16
  17: i64 e17
  18: i64 e18
  19: i64 e19
  20: i64 e20
  21: i64 e21
  22: i64 e22
  23: i64 e23
  24: i64 e24
  25: i64 e25
  26: i64 e26
  27: i64 e27
  28: i64 e28
  29: i64 e29
  30: i64 e30
  31: i64 e31
  32: i64 e32
  33: i64 e33
  34: i64 e34
  35: i64 e35
  36: i64 e36
  37: i64 e37
  38: i64 e38
  39: i64 e39
  40: i64 e40
  41: i64 e41
  42: i64 e42
  43: i64 e43
  44: i64 e44
  45: i64 e45
  46: i64 e46
  47: i64 e47
  48: i64 e48
  49: i64 e49
  50: i64 e50
  51: i64 e51
  52: i64 e52
  53: i64 e53
  54: i64 e54
  55: i64 e55
  56: i64 e56
  57: i64 e57
  58: i64 e58
  59: i64 e59
  60: i64 e60
  61: i64 e61
  62: i64 e62
  63: i64 e63
  64: i64 e64
  65: i64 e65
  66: i64 e66
  67: i64 e67
  68: i64 e68
  69: i64 e69
  70: i64 e70
  71: i64 e71
  72: i64 e72
  73: i64 e73
  74: i64 e74
  75: i64 e75
  76: i64 e76
  77: i64 e77
  78: i64 e78
  79: i64 e79
  80: i64 e80
  81: i64 e81
  82: i64 e82
  83: i64 e83
  84: i64 e84
  85: i64 e85
  86: i64 e86
  87: i64 e87
  88: i64 e88
  89: i64 e89
  90: i64 e90
  91: i64 e91
  92: i64 e92
  93: i64 e93
  94: i64 e94
  95: i64 e95
  96: i64 e96
  97: i64 e97
  98: i64 e98
  99: i64 e99
  100: i64 e100
  101: i64 e101
  102: i64 e102
  103: i64 e103
  104: i64 e104
  105: i64 e105
  106: i64 e106
  107: i64 e107
  108: i64 e108
  109: i64 e109
  110: i64 e110
  111: i64 e111
  112: i64 e112
  113: i64 e113
  114: i64 e114
  115: i64 e115
  116: i64 e116
  117: i64 e117
  118: i64 e118
  119: i64 e119
  120: i64 e120
  121: i64 e121
  122: i64 e122
  123: i64 e123
  124: i64 e124
  125: i64 e125
  126: i64 e126
  127: i64 e127
  128: i64 e128
  129: i64 e129
  130: i64 e130
}

service WideService {
  Wide widest(1: i64 a1, 2: i64 a2, 3: i64 a3, 4: i64 a4, 5: i64 a5, 6: i64 a6, 7: i64 a7, 8: i64 a8, 9: i64 a9, 10: i64 a10, 11: i64 a11, 12: i64 a12, 13: i64 a13, 14: i64 a14, 15: i64 a15, 16: i64 a16, 17: i64 a17, 18: i64 a18, 19: i64 a19, 20: i64 a20, 21: i64 a21, 22: i64 a22, 23: i64 a23, 24: i64 a24, 25: i64 a25, 26: i64 a26, 27: i64 a27, 28: i64 a28, 29: i64 a29, 30: i64 a30, 31: i64 a31, 32: i64 a32, 33: i64 a33, 34: i64 a34, 35: i64 a35, 36: i64 a36, 37: i64 a37, 38: i64 a38, 39: i64 a39, 40: i64 a40, 41: i64 a41, 42: i64 a42, 43: i64 a43, 44: i64 a44, 45: i64 a45, 46: i64 a46, 47: i64 a47, 48: i64 a48, 49: i64 a49, 50: i64 a50, 51: i64 a51, 52: i64 a52, 53: i64 a53, 54: i64 a54, 55: i64 a55, 56: i64 a56, 57: i64 a57, 58: i64 a58, 59: i64 a59, 60: i64 a60, 61: i64 a61, 62: i64 a62, 63: i64 a63, 64: i64 a64, 65: i64 a65, 66: i64 a66, 67: i64 a67, 68: i64 a68, 69: i64 a69, 70: i64 a70, 71: i64 a71, 72: i64 a72, 73: i64 a73, 74: i64 a74, 75: i64 a75, 76: i64 a76, 77: i64 a77, 78: i64 a78, 79: i64 a79, 80: i64 a80, 81: i64 a81, 82: i64 a82, 83: i64 a83, 84: i64 a84, 85: i64 a85, 86: i64 a86, 87: i64 a87, 88: i64 a88, 89: i64 a89, 90: i64 a90, 91: i64 a91, 92: i64 a92, 93: i64 a93, 94: i64 a94, 95: i64 a95, 96: i64 a96, 97: i64 a97, 98: i64 a98, 99: i64 a99, 100: i64 a100, 101: i64 a101, 102: i64 a102, 103: i64 a103, 104: i64 a104, 105: i64 a105, 106: i64 a106, 107: i64 a107, 108: i64 a108, 109: i64 a109, 110: i64 a110, 111: i64 a111, 112: i64 a112, 113: i64 a113, 114: i64 a114, 115: i64 a115, 116: i64 a116, 117: i64 a117, 118: i64 a118, 119: i64 a119, 120: i64 a120, 121: i64 a121, 122: i64 a122, 123: i64 a123, 124: i64 a124, 125: i64 a125, 126: i64 a126, 127: i64 a127) throws (1: WideError oops)
}
