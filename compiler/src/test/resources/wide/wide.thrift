# A struct and an exception with more fields than one JVM parameter list holds (255 slots;
# i64 and double take two), and a method with as many parameters as a Java method may have.
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
