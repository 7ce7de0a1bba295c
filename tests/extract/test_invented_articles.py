"""Held-out checks: invented news articles scored against their gold events.

``invented`` was written before round-1 tuning and guided round 2; ``invented2`` was
written and scored before any round-2 change and guided round 3; ``invented3`` was
written and scored before any round-3 change, and never used to choose rules;
``invented4`` was written and scored before any round-4 change (0.529), but its
results were looked at during round 4, so it is no longer a clean held-out set;
``invented5`` was written and scored before any round-5 change (0.613) and scored
again only at the end of round 5 (0.623); it guided round 6 (0.765 after);
``invented6`` was written and scored before any round-6 change (0.627) and scored again
only at the end of round 6 (0.627) and of round 7 (0.615), then guided round 8;
``invented7`` (0.612) and ``invented8`` (0.600) were written by two engineers who never ran
the extractor and scored once before any round-8 change; round 8 looked at the misses of
``invented7`` only, so ``invented8`` stays held out.
``invented9`` (0.527) and ``invented10`` (0.589) were written the same way and scored once
before any round-9 change; round 9 studied ``invented9`` (and sets 2-7), so ``invented10``
is now the held-out set. ``invented11`` (economic diplomacy, 0.478) and ``invented12``
(0.672) were scored once when they arrived; round 10 studied ``invented11`` only, so
``invented8``, ``invented10`` and ``invented12`` are the held-out sets.
In round 11, ``invented13`` (Wikinews style, 0.672 blind) and ``invented14`` (wire style,
0.621 blind) were studied; ``invented15`` (0.710), ``invented16`` (0.640) and ``invented18``
(0.711) were scored once on arrival and never studied, so with ``invented8``, ``invented10``
and ``invented12`` they are the held-out sets. Round 12 studied ``invented17`` (0.657 blind);
round 13 studied ``invented19`` (0.677 blind) and kept ``invented20`` (0.732 blind) held out.
Round 14 scored six new sets on arrival: it studied ``invented21`` (0.654), ``invented22``
(0.654) and ``invented25`` (0.606) and holds out ``invented23`` (0.667), ``invented24``
(0.523) and ``invented26`` (0.700); the held-out sets are checked together, since single
sets hover around the target. Round 15 scored six more on arrival: it studied ``invented27``
(wire, 0.610), ``invented28`` (Wikinews and BBC style, 0.641), ``invented31`` (newspaper
features, 0.481) and ``invented32`` (magazine long reads, 0.450), and holds out
``invented29`` (state media, 0.624) and ``invented30`` (newspaper features, 0.451). Later
in round 15, ``invented33`` (analysis and explainers, 0.443) was studied, and
``invented34`` (everyday mixed news, 0.695) and ``invented35`` (long reads, 0.472) were
scored on arrival and held out. Last in round 15, ``invented36`` (features, 0.474) and
``invented37`` (long reads, 0.423) were studied and ``invented38`` (everyday mixed news,
0.634) is held out.
All gold files list undated sayings as optional events (the worked example's convention).
Scores before round 10 used a greedy one-to-one matching; the scorer now finds a maximal
one (a day inside a month no longer takes the month's gold event from the month's mention),
which raised sets 2, 5, 7 and 8 by 0.02-0.03 with the same predictions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.events import evaluate_events

DATA = Path(__file__).parent.parent / "data" / "extract"
GOLD = DATA / "invented" / "gold"
GOLD2 = DATA / "invented2" / "gold"
GOLD3 = DATA / "invented3" / "gold"
GOLD4 = DATA / "invented4" / "gold"
GOLD5 = DATA / "invented5" / "gold"
GOLD6 = DATA / "invented6" / "gold"
GOLD7 = DATA / "invented7" / "gold"
GOLD8 = DATA / "invented8" / "gold"
GOLD9 = DATA / "invented9" / "gold"
GOLD10 = DATA / "invented10" / "gold"
GOLD11 = DATA / "invented11" / "gold"
GOLD12 = DATA / "invented12" / "gold"
GOLD13 = DATA / "invented13" / "gold"
GOLD14 = DATA / "invented14" / "gold"
GOLD15 = DATA / "invented15" / "gold"
GOLD16 = DATA / "invented16" / "gold"
GOLD17 = DATA / "invented17" / "gold"
GOLD18 = DATA / "invented18" / "gold"
GOLD19 = DATA / "invented19" / "gold"
GOLD20 = DATA / "invented20" / "gold"
GOLD21 = DATA / "invented21" / "gold"
GOLD22 = DATA / "invented22" / "gold"
GOLD23 = DATA / "invented23" / "gold"
GOLD24 = DATA / "invented24" / "gold"
GOLD25 = DATA / "invented25" / "gold"
GOLD26 = DATA / "invented26" / "gold"
GOLD27 = DATA / "invented27" / "gold"
GOLD28 = DATA / "invented28" / "gold"
GOLD29 = DATA / "invented29" / "gold"
GOLD30 = DATA / "invented30" / "gold"
GOLD31 = DATA / "invented31" / "gold"
GOLD32 = DATA / "invented32" / "gold"
GOLD33 = DATA / "invented33" / "gold"
GOLD34 = DATA / "invented34" / "gold"
GOLD35 = DATA / "invented35" / "gold"
GOLD36 = DATA / "invented36" / "gold"
GOLD37 = DATA / "invented37" / "gold"
GOLD38 = DATA / "invented38" / "gold"
GOLD39 = DATA / "invented39" / "gold"
GOLD40 = DATA / "invented40" / "gold"
GOLD41 = DATA / "invented41" / "gold"
GOLD42 = DATA / "invented42" / "gold"
GOLD43 = DATA / "invented43" / "gold"
GOLD44 = DATA / "invented44" / "gold"
GOLD45 = DATA / "invented45" / "gold"
GOLD46 = DATA / "invented46" / "gold"
GOLD47 = DATA / "invented47" / "gold"
GOLD48 = DATA / "invented48" / "gold"
GOLD49 = DATA / "invented49" / "gold"
GOLD50 = DATA / "invented50" / "gold"
GOLD51 = DATA / "invented51" / "gold"
GOLD52 = DATA / "invented52" / "gold"
GOLD53 = DATA / "invented53" / "gold"
GOLD54 = DATA / "invented54" / "gold"
GOLD55 = DATA / "invented55" / "gold"
GOLD56 = DATA / "invented56" / "gold"
GOLD57 = DATA / "invented57" / "gold"
GOLD58 = DATA / "invented58" / "gold"
GOLD59 = DATA / "invented59" / "gold"
GOLD60 = DATA / "invented60" / "gold"
GOLD61 = DATA / "invented61" / "gold"
GOLD62 = DATA / "invented62" / "gold"
GOLD63 = DATA / "invented63" / "gold"
GOLD64 = DATA / "invented64" / "gold"
GOLD65 = DATA / "invented65" / "gold"
GOLD66 = DATA / "invented66" / "gold"
GOLD67 = DATA / "invented67" / "gold"
GOLD68 = DATA / "invented68" / "gold"
GOLD69 = DATA / "invented69" / "gold"
GOLD70 = DATA / "invented70" / "gold"
GOLD71 = DATA / "invented71" / "gold"
GOLD72 = DATA / "invented72" / "gold"
GOLD73 = DATA / "invented73" / "gold"
GOLD74 = DATA / "invented74" / "gold"
GOLD75 = DATA / "invented75" / "gold"
GOLD76 = DATA / "invented76" / "gold"
GOLD77 = DATA / "invented77" / "gold"
GOLD78 = DATA / "invented78" / "gold"
GOLD79 = DATA / "invented79" / "gold"
GOLD80 = DATA / "invented80" / "gold"
GOLD81 = DATA / "invented81" / "gold"
GOLD82 = DATA / "invented82" / "gold"
GOLD83 = DATA / "invented83" / "gold"
GOLD84 = DATA / "invented84" / "gold"
GOLD85 = DATA / "invented85" / "gold"
GOLD86 = DATA / "invented86" / "gold"
GOLD87 = DATA / "invented87" / "gold"
GOLD88 = DATA / "invented88" / "gold"
GOLD89 = DATA / "invented89" / "gold"
GOLD90 = DATA / "invented90" / "gold"
GOLD91 = DATA / "invented91" / "gold"
GOLD92 = DATA / "invented92" / "gold"
GOLD93 = DATA / "invented93" / "gold"
GOLD94 = DATA / "invented94" / "gold"
GOLD95 = DATA / "invented95" / "gold"
GOLD96 = DATA / "invented96" / "gold"
GOLD97 = DATA / "invented97" / "gold"
GOLD98 = DATA / "invented98" / "gold"
GOLD99 = DATA / "invented99" / "gold"
GOLD100 = DATA / "invented100" / "gold"
GOLD101 = DATA / "invented101" / "gold"
GOLD102 = DATA / "invented102" / "gold"
GOLD103 = DATA / "invented103" / "gold"
GOLD104 = DATA / "invented104" / "gold"
GOLD105 = DATA / "invented105" / "gold"
GOLD106 = DATA / "invented106" / "gold"
GOLD107 = DATA / "invented107" / "gold"
GOLD108 = DATA / "invented108" / "gold"
GOLD109 = DATA / "invented109" / "gold"
GOLD110 = DATA / "invented110" / "gold"
GOLD111 = DATA / "invented111" / "gold"
GOLD112 = DATA / "invented112" / "gold"
GOLD113 = DATA / "invented113" / "gold"
GOLD114 = DATA / "invented114" / "gold"
GOLD115 = DATA / "invented115" / "gold"
GOLD116 = DATA / "invented116" / "gold"
GOLD117 = DATA / "invented117" / "gold"
GOLD118 = DATA / "invented118" / "gold"
GOLD119 = DATA / "invented119" / "gold"
GOLD120 = DATA / "invented120" / "gold"
GOLD121 = DATA / "invented121" / "gold"
GOLD122 = DATA / "invented122" / "gold"
GOLD123 = DATA / "invented123" / "gold"
GOLD124 = DATA / "invented124" / "gold"
GOLD125 = DATA / "invented125" / "gold"
GOLD126 = DATA / "invented126" / "gold"
GOLD127 = DATA / "invented127" / "gold"
GOLD128 = DATA / "invented128" / "gold"
GOLD129 = DATA / "invented129" / "gold"
GOLD130 = DATA / "invented130" / "gold"
GOLD131 = DATA / "invented131" / "gold"
GOLD132 = DATA / "invented132" / "gold"
GOLD133 = DATA / "invented133" / "gold"
GOLD134 = DATA / "invented134" / "gold"
GOLD135 = DATA / "invented135" / "gold"
GOLD136 = DATA / "invented136" / "gold"
GOLD137 = DATA / "invented137" / "gold"
GOLD138 = DATA / "invented138" / "gold"
GOLD139 = DATA / "invented139" / "gold"
GOLD140 = DATA / "invented140" / "gold"
GOLD141 = DATA / "invented141" / "gold"
GOLD142 = DATA / "invented142" / "gold"
GOLD143 = DATA / "invented143" / "gold"
GOLD144 = DATA / "invented144" / "gold"
GOLD145 = DATA / "invented145" / "gold"
GOLD146 = DATA / "invented146" / "gold"
GOLD147 = DATA / "invented147" / "gold"
GOLD148 = DATA / "invented148" / "gold"
GOLD149 = DATA / "invented149" / "gold"
GOLD150 = DATA / "invented150" / "gold"
GOLD151 = DATA / "invented151" / "gold"
GOLD152 = DATA / "invented152" / "gold"
GOLD153 = DATA / "invented153" / "gold"
GOLD154 = DATA / "invented154" / "gold"
GOLD155 = DATA / "invented155" / "gold"
GOLD156 = DATA / "invented156" / "gold"
GOLD157 = DATA / "invented157" / "gold"
GOLD158 = DATA / "invented158" / "gold"
GOLD159 = DATA / "invented159" / "gold"
GOLD160 = DATA / "invented160" / "gold"
GOLD161 = DATA / "invented161" / "gold"
GOLD162 = DATA / "invented162" / "gold"
GOLD163 = DATA / "invented163" / "gold"
GOLD164 = DATA / "invented164" / "gold"
GOLD165 = DATA / "invented165" / "gold"
GOLD166 = DATA / "invented166" / "gold"
GOLD167 = DATA / "invented167" / "gold"
GOLD168 = DATA / "invented168" / "gold"
GOLD169 = DATA / "invented169" / "gold"
GOLD170 = DATA / "invented170" / "gold"
GOLD171 = DATA / "invented171" / "gold"
GOLD172 = DATA / "invented172" / "gold"
GOLD173 = DATA / "invented173" / "gold"
GOLD174 = DATA / "invented174" / "gold"
GOLD175 = DATA / "invented175" / "gold"
GOLD176 = DATA / "invented176" / "gold"
GOLD177 = DATA / "invented177" / "gold"
GOLD178 = DATA / "invented178" / "gold"
GOLD179 = DATA / "invented179" / "gold"
GOLD180 = DATA / "invented180" / "gold"
GOLD181 = DATA / "invented181" / "gold"
GOLD182 = DATA / "invented182" / "gold"
GOLD183 = DATA / "invented183" / "gold"
GOLD184 = DATA / "invented184" / "gold"
GOLD185 = DATA / "invented185" / "gold"
GOLD186 = DATA / "invented186" / "gold"
GOLD187 = DATA / "invented187" / "gold"
GOLD188 = DATA / "invented188" / "gold"
GOLD189 = DATA / "invented189" / "gold"
GOLD190 = DATA / "invented190" / "gold"
GOLD191 = DATA / "invented191" / "gold"
GOLD192 = DATA / "invented192" / "gold"
GOLD193 = DATA / "invented193" / "gold"
GOLD194 = DATA / "invented194" / "gold"
GOLD195 = DATA / "invented195" / "gold"
GOLD196 = DATA / "invented196" / "gold"
GOLD197 = DATA / "invented197" / "gold"
GOLD198 = DATA / "invented198" / "gold"
GOLD199 = DATA / "invented199" / "gold"
GOLD200 = DATA / "invented200" / "gold"
GOLD201 = DATA / "invented201" / "gold"
GOLD202 = DATA / "invented202" / "gold"
GOLD203 = DATA / "invented203" / "gold"
GOLD204 = DATA / "invented204" / "gold"
GOLD205 = DATA / "invented205" / "gold"
GOLD206 = DATA / "invented206" / "gold"
GOLD207 = DATA / "invented207" / "gold"
GOLD208 = DATA / "invented208" / "gold"
GOLD209 = DATA / "invented209" / "gold"
GOLD210 = DATA / "invented210" / "gold"
GOLD211 = DATA / "invented211" / "gold"
GOLD212 = DATA / "invented212" / "gold"
GOLD213 = DATA / "invented213" / "gold"
GOLD214 = DATA / "invented214" / "gold"
GOLD215 = DATA / "invented215" / "gold"
GOLD216 = DATA / "invented216" / "gold"
GOLD217 = DATA / "invented217" / "gold"
GOLD218 = DATA / "invented218" / "gold"
GOLD219 = DATA / "invented219" / "gold"
GOLD220 = DATA / "invented220" / "gold"
GOLD221 = DATA / "invented221" / "gold"
GOLD222 = DATA / "invented222" / "gold"
GOLD223 = DATA / "invented223" / "gold"
GOLD224 = DATA / "invented224" / "gold"
GOLD225 = DATA / "invented225" / "gold"
GOLD226 = DATA / "invented226" / "gold"
GOLD227 = DATA / "invented227" / "gold"
GOLD228 = DATA / "invented228" / "gold"
GOLD229 = DATA / "invented229" / "gold"
GOLD230 = DATA / "invented230" / "gold"
GOLD231 = DATA / "invented231" / "gold"
GOLD232 = DATA / "invented232" / "gold"
GOLD233 = DATA / "invented233" / "gold"
GOLD234 = DATA / "invented234" / "gold"
GOLD235 = DATA / "invented235" / "gold"
GOLD236 = DATA / "invented236" / "gold"
GOLD237 = DATA / "invented237" / "gold"
GOLD238 = DATA / "invented238" / "gold"
GOLD239 = DATA / "invented239" / "gold"
GOLD240 = DATA / "invented240" / "gold"
GOLD241 = DATA / "invented241" / "gold"
GOLD242 = DATA / "invented242" / "gold"
GOLD243 = DATA / "invented243" / "gold"
GOLD244 = DATA / "invented244" / "gold"
GOLD245 = DATA / "invented245" / "gold"
GOLD246 = DATA / "invented246" / "gold"
GOLD247 = DATA / "invented247" / "gold"
GOLD248 = DATA / "invented248" / "gold"
GOLD249 = DATA / "invented249" / "gold"
GOLD250 = DATA / "invented250" / "gold"
GOLD251 = DATA / "invented251" / "gold"
GOLD252 = DATA / "invented252" / "gold"
GOLD253 = DATA / "invented253" / "gold"
GOLD254 = DATA / "invented254" / "gold"
GOLD255 = DATA / "invented255" / "gold"
GOLD256 = DATA / "invented256" / "gold"
GOLD257 = DATA / "invented257" / "gold"
GOLD258 = DATA / "invented258" / "gold"
GOLD259 = DATA / "invented259" / "gold"
GOLD260 = DATA / "invented260" / "gold"
GOLD261 = DATA / "invented261" / "gold"
GOLD262 = DATA / "invented262" / "gold"
GOLD263 = DATA / "invented263" / "gold"
GOLD264 = DATA / "invented264" / "gold"
GOLD265 = DATA / "invented265" / "gold"
GOLD266 = DATA / "invented266" / "gold"
GOLD267 = DATA / "invented267" / "gold"
GOLD268 = DATA / "invented268" / "gold"
GOLD269 = DATA / "invented269" / "gold"
GOLD270 = DATA / "invented270" / "gold"
GOLD271 = DATA / "invented271" / "gold"
GOLD272 = DATA / "invented272" / "gold"
GOLD273 = DATA / "invented273" / "gold"
GOLD274 = DATA / "invented274" / "gold"
GOLD275 = DATA / "invented275" / "gold"
GOLD276 = DATA / "invented276" / "gold"
GOLD277 = DATA / "invented277" / "gold"
GOLD278 = DATA / "invented278" / "gold"
GOLD279 = DATA / "invented279" / "gold"
GOLD280 = DATA / "invented280" / "gold"
GOLD281 = DATA / "invented281" / "gold"
GOLD282 = DATA / "invented282" / "gold"
GOLD283 = DATA / "invented283" / "gold"
GOLD284 = DATA / "invented284" / "gold"
GOLD285 = DATA / "invented285" / "gold"
GOLD286 = DATA / "invented286" / "gold"
GOLD287 = DATA / "invented287" / "gold"
GOLD288 = DATA / "invented288" / "gold"
GOLD289 = DATA / "invented289" / "gold"
GOLD290 = DATA / "invented290" / "gold"
GOLD291 = DATA / "invented291" / "gold"
GOLD292 = DATA / "invented292" / "gold"
GOLD293 = DATA / "invented293" / "gold"
GOLD294 = DATA / "invented294" / "gold"
GOLD295 = DATA / "invented295" / "gold"
GOLD296 = DATA / "invented296" / "gold"
#: The project's target on unseen articles.
TARGET_F1 = 0.75
#: What the extractor reaches now (0.892 after round 4, 0.961 after round 12); a drop below
#: it is a regression.
FLOOR_F1 = 0.94
#: The second set: 0.683 before round 3 (with undated sayings listed as optional), 0.795
#: after round 8, 0.766 after round 9 (events with no named actor now take their place's
#: country, and this gold does not list two of them), 0.800 with the maximal matching, 0.817
#: once undated actions are dropped, 0.842 after round 12.
FLOOR2_F1 = 0.82
#: The third set: 0.577 before round 3, 0.643 after round 4, 0.690 after round 5, 0.712 after 6,
#: 0.733 after round 7, 0.712 after round 8 (a walk-out of a "conference hall" no longer
#: counts as talks, and a wreath-laying this gold does not list is now an event), 0.762
#: after round 9, 0.787 after round 10, 0.806 after round 12.
FLOOR3_F1 = 0.78
#: The fourth set: 0.529 before round 4, 0.704 after, 0.767 after round 5, 0.800 after round 7,
#: 0.846 after round 9, 0.883 after round 10, 0.907 after round 12.
FLOOR4_F1 = 0.88
#: The fifth set: 0.613 before round 5, 0.623 after, 0.765 after round 6, 0.780 after round 7,
#: 0.776 after round 9, 0.800 after round 10, 0.867 after round 12.
FLOOR5_F1 = 0.84
#: The sixth set: 0.627 before round 6 and after it, 0.615 after round 7, 0.680 after round 8,
#: 0.667 after round 9, 0.720 after round 10, 0.745 after round 12, 0.769 after round 13
#: (the perfect passive "had been postponed ... on Thursday").
FLOOR6_F1 = 0.72
#: The seventh set: 0.612 blind, 0.698 after round 8, 0.750 after round 9, 0.844 after round 10,
#: 0.857 after round 12.
FLOOR7_F1 = 0.83
#: The eighth set: 0.600 blind, 0.684 after round 9, 0.708 after round 10, 0.719 after round 12
#: (its misses never studied).
FLOOR8_F1 = 0.70
#: The ninth set: 0.527 blind, 0.701 after round 9, 0.809 after round 10, 0.830 after round 12.
FLOOR9_F1 = 0.81
#: The tenth set: 0.589 blind, 0.632 after round 10 and round 12 (held out: its misses never
#: studied).
FLOOR10_F1 = 0.61
#: The eleventh set: 0.478 blind, 0.719 after round 10, 0.765 after round 12.
FLOOR11_F1 = 0.74
#: The twelfth set: 0.672 blind, 0.703 after round 10, 0.732 after round 12 (held out: its
#: misses never studied).
FLOOR12_F1 = 0.71
#: Sets 13-20, first score (blind) and later; 15, 16, 18 and 20 are held out.
FLOOR13_F1 = 0.80  # 0.672 blind, 0.794 after round 13, 0.828 after round 14 (studied)
FLOOR14_F1 = 0.76  # 0.621 blind, 0.750 after round 13, 0.784 after round 14 (studied)
FLOOR15_F1 = 0.73  # 0.710 blind, 0.748 after round 13, 0.752 after round 14 (held out)
FLOOR16_F1 = 0.69  # 0.640 blind, 0.718 after round 15 (held out)
FLOOR17_F1 = 0.77  # 0.657 blind, 0.779 after round 13, 0.795 after round 14 (studied)
FLOOR18_F1 = 0.74  # 0.711 blind, 0.721 after round 13, 0.767 after round 14 (held out)
FLOOR19_F1 = 0.83  # 0.677 blind, 0.779 after round 13, 0.855 after round 14 (studied)
FLOOR20_F1 = 0.73  # 0.732 blind, 0.754 after round 15 (held out)
#: Sets 21-26, blind score on arrival in round 14; 21, 22 and 25 were studied, 23, 24 and 26
#: are held out.
FLOOR21_F1 = 0.73  # 0.654 blind, 0.788 after round 15 (studied)
FLOOR22_F1 = 0.78  # 0.654 blind, 0.845 after round 15 (studied)
FLOOR23_F1 = 0.65  # 0.667 blind, 0.673 after round 15 (held out)
FLOOR24_F1 = 0.52  # 0.523 blind, 0.554 after round 15 (held out) (brief, release, feature)
FLOOR25_F1 = 0.73  # 0.606 blind, 0.793 after round 15 (studied)
FLOOR26_F1 = 0.70  # 0.700 blind, 0.723 after round 15 (held out)
#: Sets 27-38, blind score on arrival in round 15; 29, 30, 34, 35 and 38 are held out.
FLOOR27_F1 = 0.70  # 0.610 blind, 0.733 after round 15 (studied)
FLOOR28_F1 = 0.70  # 0.641 blind, 0.785 after round 15 (studied)
FLOOR29_F1 = 0.61  # 0.618 blind, 0.636 after round 15 (held out) (state media)
FLOOR30_F1 = 0.45  # 0.451 blind, 0.478 after round 15 (held out) (newspaper features)
FLOOR31_F1 = 0.55  # 0.481 blind, 0.579 after round 15 (studied) (newspaper features)
FLOOR32_F1 = 0.55  # 0.450 blind, 0.579 after round 15 (studied) (magazine long reads)
FLOOR33_F1 = 0.56  # 0.443 blind, 0.585 after round 15 (studied) (analysis and explainers)
FLOOR34_F1 = 0.67  # 0.695 blind, 0.701 held out (everyday mixed news)
FLOOR35_F1 = 0.47  # 0.472 blind, 0.500 held out (long reads)
FLOOR36_F1 = 0.51  # 0.474 blind, 0.534 studied (features)
FLOOR37_F1 = 0.41  # 0.423 blind, 0.443 studied, 0.418 once "Congo" was the DRC (long reads)
FLOOR38_F1 = 0.61  # 0.634 blind, 0.634 held out (everyday mixed news)
# Round 16: sets written blind during it, each scored once on arrival (with the code of that
# moment), then studied or held out.
FLOOR39_F1 = 0.87  # 0.730 blind, 0.893 after round 16 (studied) (wire diplomacy)
FLOOR40_F1 = 0.82  # 0.768 blind, 0.848 studied (state agencies)
FLOOR41_F1 = 0.56  # 0.587 blind, 0.582 held out (everyday wire mix)
FLOOR42_F1 = 0.71  # 0.692 blind, 0.733 held out (wire security)
FLOOR43_F1 = 0.86  # 0.752 blind, 0.883 studied (Wikinews/BBC style)
FLOOR44_F1 = 0.79  # 0.622 blind, 0.817 studied (defence-news outlets)
FLOOR45_F1 = 0.71  # 0.661 blind, 0.738 studied (regional newspapers)
FLOOR46_F1 = 0.69  # 0.715 blind, 0.710 held out (international news mix)
FLOOR47_F1 = 0.73  # 0.537 blind, 0.757 studied (military news, the worked example's genre)
FLOOR48_F1 = 0.63  # 0.619 blind, 0.656 held out (military news, wires, state agencies)
FLOOR49_F1 = 0.66  # 0.605 blind, 0.689 studied (wire politics in Africa, Latin America)
FLOOR50_F1 = 0.76  # 0.677 blind, 0.784 studied (military-affairs commentary)
FLOOR51_F1 = 0.65  # 0.672 blind, 0.672 held out (military and security news)
FLOOR52_F1 = 0.72  # 0.730 blind, 0.740 studied (diplomacy from wires, agencies, foreign desks)
# Round 17: sets written blind during it; whether each would be studied or held out was decided
# before it arrived.
FLOOR53_F1 = 0.80  # 0.794 blind, 0.828 studied (military news, the worked example's genre)
FLOOR54_F1 = 0.82  # 0.783 blind, 0.850 studied (wire diplomacy)
FLOOR55_F1 = 0.55  # 0.571 blind, 0.571 held out (analysis and long reads)
FLOOR56_F1 = 0.54  # 0.562 blind, 0.562 held out (Asian regional press)
FLOOR57_F1 = 0.61  # 0.637 blind, 0.637 held out (wire security news, Africa and the Sahel)
FLOOR58_F1 = 0.65  # 0.581 blind, 0.672 studied (politics in Latin America and Europe)
FLOOR59_F1 = 0.72  # 0.744 blind, 0.744 held out (government readouts)
FLOOR60_F1 = 0.80  # 0.763 blind, 0.824 studied (military news, Korea, Japan, the Pacific)
FLOOR61_F1 = 0.60  # 0.608 blind, 0.624 held out (Middle East wire)
FLOOR62_F1 = 0.77  # 0.672 blind, 0.797 studied (trade and economic diplomacy)
FLOOR63_F1 = 0.75  # 0.783 blind, 0.777 held out (humanitarian and disaster reporting)
FLOOR64_F1 = 0.71  # 0.617 blind, 0.736 studied (European security)
FLOOR65_F1 = 0.66  # 0.688 blind, 0.688 held out (Latin American wire)
FLOOR66_F1 = 0.72  # 0.689 blind, 0.748 studied (South Asia)
FLOOR67_F1 = 0.69  # 0.713 blind, 0.713 held out (East Asian state and national media)
FLOOR68_F1 = 0.76  # 0.667 blind, 0.780 studied (AU and UN peacekeeping)
FLOOR69_F1 = 0.71  # 0.739 blind, 0.735 held out (Caucasus and Central Asia wire)
FLOOR70_F1 = 0.62  # 0.574 blind, 0.645 studied (war-crimes courts)
FLOOR71_F1 = 0.67  # 0.685 blind, 0.697 held out (maritime disputes)
FLOOR72_F1 = 0.63  # 0.574 blind, 0.661 studied (West African transitions)
FLOOR73_F1 = 0.63  # 0.650 blind, 0.661 held out (Gulf and Iran nuclear diplomacy)
FLOOR74_F1 = 0.68  # 0.599 blind, 0.705 studied (Balkans and EU enlargement)
FLOOR75_F1 = 0.63  # 0.672 blind, 0.656 held out (South-East Asian politics wire)
FLOOR76_F1 = 0.74  # 0.716 blind, 0.768 studied (Nordic, Baltic and Arctic defence)
FLOOR77_F1 = 0.77  # 0.800 blind, 0.800 held out (Horn of Africa and Sudan conflict)
FLOOR78_F1 = 0.79  # 0.767 blind, 0.820 studied (Pacific islands, Australia, New Zealand)
FLOOR79_F1 = 0.64  # 0.672 blind, 0.672 held out (Russia-Ukraine war reporting)
FLOOR80_F1 = 0.77  # 0.780 blind, 0.806 studied (North Africa and Sahel politics)
FLOOR81_F1 = 0.69  # 0.718 blind, 0.718 held out (energy and pipeline diplomacy)
FLOOR82_F1 = 0.66  # 0.540 blind, 0.692 studied (election coverage)
FLOOR83_F1 = 0.66  # 0.683 blind, 0.699 held out (China and Taiwan cross-strait news)
FLOOR84_F1 = 0.59  # 0.513 blind, 0.623 studied (arms control and non-proliferation)
FLOOR85_F1 = 0.72  # 0.744 blind, 0.756 held out (Central America and the Caribbean)
FLOOR86_F1 = 0.60  # 0.617 blind, 0.632 studied (protests, strikes and civil unrest)
FLOOR87_F1 = 0.69  # 0.703 blind, 0.720 held out (NATO summitry and alliance politics)
FLOOR88_F1 = 0.63  # 0.644 blind, 0.667 studied (counter-terrorism and insurgency)
FLOOR89_F1 = 0.61  # 0.639 blind, 0.645 held out (EU institutions and summits)
FLOOR90_F1 = 0.73  # 0.713 blind, 0.769 studied (Turkey, Syria and Iraq, Kurdish issues)
FLOOR91_F1 = 0.63  # 0.667 blind, 0.667 held out (Southern Africa politics)
FLOOR92_F1 = 0.67  # 0.708 blind, 0.708 studied (space, satellites, military technology)
FLOOR93_F1 = 0.72  # 0.750 blind, 0.756 held out (Andean and Southern Cone politics)
FLOOR94_F1 = 0.69  # 0.677 blind, 0.726 studied (Japan and South Korea politics)
FLOOR95_F1 = 0.69  # 0.723 blind, 0.723 held out (Central Asia and Afghanistan)
FLOOR96_F1 = 0.65  # 0.646 blind, 0.682 studied (Gulf states and Yemen)
FLOOR97_F1 = 0.84  # 0.814 blind, 0.895 studied (India and Pakistan)
FLOOR98_F1 = 0.63  # 0.630 blind, 0.662 held out (UN Security Council and General Assembly)
FLOOR99_F1 = 0.72  # 0.672 blind, 0.764 studied (Great Lakes Africa conflict and peace talks)
FLOOR100_F1 = 0.53  # 0.479 blind, 0.581 held out (US foreign policy, Congress and sanctions)
FLOOR101_F1 = 0.78  # 0.706 blind, 0.826 studied (Israel, Palestinians and Lebanon)
FLOOR102_F1 = 0.69  # 0.737 blind, 0.726 held out (Mexico and the US border)
FLOOR103_F1 = 0.62  # 0.560 blind, 0.677 studied (US Congress and Treasury sanctions)
FLOOR104_F1 = 0.69  # 0.708 blind, 0.721 held out (European foreign policy)
FLOOR105_F1 = 0.67  # 0.629 blind, 0.762 studied (United Nations votes and envoys)
FLOOR106_F1 = 0.72  # 0.746 blind, 0.756 held out (Russia and its neighbours)
FLOOR107_F1 = 0.66  # 0.672 blind, 0.705 studied (South Asian politics)
FLOOR108_F1 = 0.72  # 0.746 blind, 0.752 held out (Eastern Mediterranean)
FLOOR109_F1 = 0.59  # 0.614 blind, 0.630 studied (features and long reads)
FLOOR110_F1 = 0.67  # 0.702 blind, 0.708 held out (Latin American trade diplomacy)
FLOOR111_F1 = 0.64  # 0.661 blind, 0.721 studied (Northeast Asia security)
FLOOR112_F1 = 0.59  # 0.579 blind, 0.628 held out (African Union and regional blocs)
FLOOR113_F1 = 0.73  # 0.743 blind, 0.765 studied (disasters and aid diplomacy)
FLOOR114_F1 = 0.60  # 0.632 blind, 0.632 held out (Central and Eastern Europe politics)
FLOOR115_F1 = 0.49  # 0.400 blind, 0.526 studied (regional and local press)
FLOOR116_F1 = 0.64  # 0.654 blind, 0.673 held out (crisis features)
FLOOR117_F1 = 0.50  # 0.384 blind, 0.535 studied (US congressional politics)
FLOOR118_F1 = 0.57  # 0.542 blind, 0.604 held out (South-East Asian regional press)
FLOOR119_F1 = 0.67  # 0.655 blind, 0.707 studied (profiles and retrospective long reads)
FLOOR120_F1 = 0.40  # 0.359 blind, 0.430 held out (US domestic politics)
FLOOR121_F1 = 0.72  # 0.746 blind, 0.756 studied (energy and resources diplomacy)
FLOOR122_F1 = 0.82  # 0.850 blind, 0.850 held out (Gulf and Middle East diplomacy)
FLOOR123_F1 = 0.56  # 0.530 blind, 0.600 studied (US state politics and courts)
FLOOR124_F1 = 0.33  # 0.336 blind, 0.368 held out (European regional and local press)
FLOOR125_F1 = 0.43  # 0.407 blind, 0.463 studied (election-campaign features)
FLOOR126_F1 = 0.46  # 0.452 blind, 0.492 held out (US congressional hearings and votes)
FLOOR127_F1 = 0.59  # 0.540 blind, 0.621 studied (African domestic politics and courts)
FLOOR128_F1 = 0.50  # 0.533 blind, 0.533 held out (conflict and peace features)
FLOOR129_F1 = 0.80  # 0.803 blind, 0.836 studied (Latin American domestic politics)
FLOOR130_F1 = 0.46  # 0.496 blind, 0.496 held out (Asia-Pacific local press)
FLOOR131_F1 = 0.45  # 0.486 blind, 0.486 studied (European regional press)
FLOOR132_F1 = 0.56  # 0.574 blind, 0.591 held out (US state and local politics)
FLOOR133_F1 = 0.44  # 0.467 blind, 0.475 studied (Asia-Pacific local press)
FLOOR134_F1 = 0.33  # 0.333 blind, 0.343 held out (political features)
FLOOR135_F1 = 0.55  # 0.557 blind, 0.585 studied (US domestic politics)
FLOOR136_F1 = 0.44  # 0.454 blind, 0.475 held out (African regional press)
FLOOR137_F1 = 0.44  # 0.459 blind, 0.472 studied (crisis features)
FLOOR138_F1 = 0.51  # 0.544 blind, 0.540 held out (Latin American regional press)
FLOOR139_F1 = 0.47  # 0.444 blind, 0.495 studied (UK and Irish local politics)
FLOOR140_F1 = 0.56  # 0.523 blind, 0.587 held out (US Congress and federal agencies)
FLOOR141_F1 = 0.53  # 0.486 blind, 0.564 studied (business and regulation)
FLOOR142_F1 = 0.67  # 0.660 blind, 0.698 held out (disasters and emergency response)
FLOOR143_F1 = 0.61  # 0.607 blind, 0.639 studied (profiles of leaders and campaigns)
FLOOR144_F1 = 0.49  # 0.404 blind, 0.517 held out (business and regulation)
FLOOR145_F1 = 0.71  # 0.697 blind, 0.741 studied (disasters and emergency response)
FLOOR146_F1 = 0.54  # 0.544 blind, 0.569 held out (Canadian and Australian politics)
FLOOR147_F1 = 0.46  # 0.449 blind, 0.489 studied (US local and state news)
FLOOR148_F1 = 0.46  # 0.408 blind, 0.491 held out (US local and state news)
FLOOR149_F1 = 0.47  # 0.425 blind, 0.496 studied (business news)
FLOOR150_F1 = 0.57  # 0.565 blind, 0.597 held out (European national politics)
FLOOR151_F1 = 0.59  # 0.617 blind, 0.617 studied (features on refugees and crises)
FLOOR152_F1 = 0.64  # 0.678 blind, 0.672 held out (Asia-Pacific local press)
FLOOR153_F1 = 0.67  # 0.642 blind, 0.701 studied (political profiles)
FLOOR154_F1 = 0.60  # 0.442 blind, 0.638 held out (political profiles)
FLOOR155_F1 = 0.39  # 0.389 blind, 0.421 studied (European local press)
FLOOR156_F1 = 0.39  # 0.432 blind, 0.429 held out (European local press)
FLOOR157_F1 = 0.54  # 0.544 blind, 0.574 studied (US city and county news)
FLOOR158_F1 = 0.64  # 0.655 blind, 0.673 held out (business and economy)
FLOOR159_F1 = 0.67  # 0.677 blind, 0.709 studied (business and economy)
FLOOR160_F1 = 0.64  # 0.672 blind, 0.678 held out (US Congress and the White House)
FLOOR161_F1 = 0.42  # 0.423 blind, 0.443 studied (US state politics)
FLOOR162_F1 = 0.37  # 0.389 blind, 0.393 held out (UK and Irish local government)
FLOOR163_F1 = 0.68  # 0.670 blind, 0.701 studied (Latin American politics)
FLOOR164_F1 = 0.47  # 0.494 blind, 0.494 held out (African courts and elections)
FLOOR165_F1 = 0.48  # 0.507 blind, 0.500 studied (public health)
FLOOR166_F1 = 0.46  # 0.482 blind, 0.489 held out (energy and environment)
FLOOR167_F1 = 0.71  # 0.724 blind, 0.735 studied (Middle East diplomacy)
FLOOR168_F1 = 0.45  # 0.455 blind, 0.479 held out (South and Southeast Asian local politics)
FLOOR169_F1 = 0.45  # 0.417 blind, 0.476 studied (sport governance and doping)
FLOOR170_F1 = 0.63  # 0.652 blind, 0.652 held out (East Asian diplomacy and security)
FLOOR171_F1 = 0.45  # 0.391 blind, 0.477 studied (labour relations and unions)
FLOOR172_F1 = 0.50  # 0.515 blind, 0.526 held out (European Union institutions)
FLOOR173_F1 = 0.56  # 0.548 blind, 0.583 studied (technology companies and regulators)
FLOOR174_F1 = 0.56  # 0.577 blind, 0.590 held out (Eastern Europe, Caucasus, Central Asia)
FLOOR175_F1 = 0.50  # 0.526 blind, 0.526 studied (North American city crime and courts)
FLOOR176_F1 = 0.60  # 0.615 blind, 0.622 held out (Australian, NZ and Pacific politics)
FLOOR177_F1 = 0.53  # 0.476 blind, 0.558 studied (maritime news and coast guards)
FLOOR178_F1 = 0.51  # 0.497 blind, 0.532 held out (war and ceasefire reporting)
FLOOR179_F1 = 0.64  # 0.563 blind, 0.662 studied (humanitarian agencies and disasters)
FLOOR180_F1 = 0.50  # 0.523 blind, 0.523 held out (Canadian federal and provincial politics)
FLOOR181_F1 = 0.59  # 0.550 blind, 0.617 studied (African security and peacekeeping)
FLOOR182_F1 = 0.44  # 0.432 blind, 0.468 held out (Indian politics and courts)
FLOOR183_F1 = 0.45  # 0.388 blind, 0.473 studied (aviation and transport safety)
FLOOR184_F1 = 0.62  # 0.637 blind, 0.650 held out (Latin American corruption trials)
FLOOR185_F1 = 0.70  # 0.657 blind, 0.721 studied (central banks and financial regulators)
FLOOR186_F1 = 0.71  # 0.737 blind, 0.737 held out (Gulf and Iran diplomacy)
FLOOR187_F1 = 0.58  # 0.553 blind, 0.605 studied (US federal courts and Congress)
FLOOR188_F1 = 0.54  # 0.560 blind, 0.560 held out (Japanese and South Korean politics)
FLOOR189_F1 = 0.61  # 0.586 blind, 0.638 studied (agriculture, food and trade disputes)
FLOOR190_F1 = 0.46  # 0.485 blind, 0.488 held out (French, German and Italian politics)
FLOOR191_F1 = 0.44  # 0.432 blind, 0.464 studied (universities and schools)
FLOOR192_F1 = 0.53  # 0.555 blind, 0.579 held out (space agencies and launches)
FLOOR193_F1 = 0.58  # 0.579 blind, 0.601 studied (Nordic politics and Arctic affairs)
FLOOR194_F1 = 0.77  # 0.792 blind, 0.792 held out (South China Sea and ASEAN diplomacy)
FLOOR195_F1 = 0.63  # 0.618 blind, 0.652 studied (drug regulators and clinical trials)
FLOOR196_F1 = 0.65  # 0.671 blind, 0.675 held out (Turkish and Balkan politics)
FLOOR197_F1 = 0.58  # 0.588 blind, 0.606 studied (Caribbean and Central American politics)
FLOOR198_F1 = 0.53  # 0.558 blind, 0.558 held out (nuclear power and utilities)
FLOOR199_F1 = 0.48  # 0.471 blind, 0.500 studied (European policing and terrorism cases)
FLOOR200_F1 = 0.55  # 0.577 blind, 0.577 held out (Pakistani and Afghan politics)
FLOOR201_F1 = 0.57  # 0.554 blind, 0.590 studied (mining in Africa and Latin America)
FLOOR202_F1 = 0.61  # 0.635 blind, 0.642 held out (West African politics and ECOWAS)
FLOOR203_F1 = 0.48  # 0.471 blind, 0.507 studied (Scottish, Welsh and Northern Irish politics)
FLOOR204_F1 = 0.55  # 0.579 blind, 0.583 held out (arms control and defence procurement)
FLOOR205_F1 = 0.55  # 0.548 blind, 0.573 studied (Hong Kong, Taiwan and Macau politics and courts)
FLOOR206_F1 = 0.52  # 0.547 blind, 0.547 held out (media companies and press freedom)
FLOOR207_F1 = 0.55  # 0.429 blind, 0.579 studied (religious institutions)
FLOOR208_F1 = 0.44  # 0.461 blind, 0.471 held out (wildfires, heatwaves and emergencies)
FLOOR209_F1 = 0.58  # 0.558 blind, 0.603 studied (Russian politics and courts)
FLOOR210_F1 = 0.42  # 0.443 blind, 0.443 held out (Southeast Asian business and regulators)
FLOOR211_F1 = 0.60  # 0.616 blind, 0.629 studied (US city councils and mayors)
FLOOR212_F1 = 0.44  # 0.465 blind, 0.462 held out (football and Olympic governance)
FLOOR213_F1 = 0.59  # 0.619 blind, 0.619 studied (Brazilian and Argentine politics)
FLOOR214_F1 = 0.50  # 0.527 blind, 0.537 held out (European migration policy)
FLOOR215_F1 = 0.46  # 0.447 blind, 0.487 studied (telecoms and internet shutdowns)
FLOOR216_F1 = 0.63  # 0.653 blind, 0.653 held out (Horn of Africa politics and conflict)
FLOOR217_F1 = 0.67  # 0.632 blind, 0.694 studied (Indian business and regulators)
FLOOR218_F1 = 0.62  # 0.645 blind, 0.645 held out (Iraqi and Syrian politics and conflict)
FLOOR219_F1 = 0.53  # 0.547 blind, 0.555 studied (US state courts, prisons and parole)
FLOOR220_F1 = 0.47  # 0.494 blind, 0.494 held out (Mexican politics and cartel violence)
FLOOR221_F1 = 0.58  # 0.607 blind, 0.607 studied (Korean and Japanese business)
FLOOR222_F1 = 0.46  # 0.484 blind, 0.484 held out (Polish, Czech and Hungarian politics)
FLOOR223_F1 = 0.43  # 0.372 blind, 0.458 studied (airline and airport business)
FLOOR224_F1 = 0.62  # 0.648 blind, 0.648 held out (Israeli politics, the West Bank and Gaza)
FLOOR225_F1 = 0.48  # 0.510 blind, 0.510 studied (US environmental regulation and litigation)
FLOOR226_F1 = 0.63  # 0.659 blind, 0.659 held out (Central Asian politics)
FLOOR227_F1 = 0.47  # 0.467 blind, 0.500 studied (film, television and music business)
FLOOR228_F1 = 0.64  # 0.667 blind, 0.667 held out (natural disasters in Asia)
FLOOR229_F1 = 0.50  # 0.496 blind, 0.525 studied (the car industry)
FLOOR230_F1 = 0.50  # 0.525 blind, 0.525 held out (Spanish and Portuguese politics)
FLOOR231_F1 = 0.61  # 0.579 blind, 0.640 studied (banking scandals and financial regulators)
FLOOR232_F1 = 0.45  # 0.479 blind, 0.479 held out (North African politics)
FLOOR233_F1 = 0.50  # 0.477 blind, 0.522 studied (US school boards and education politics)
FLOOR234_F1 = 0.64  # 0.671 blind, 0.671 held out (Southern African politics)
FLOOR235_F1 = 0.55  # 0.426 blind, 0.579 studied (retail and consumer business)
FLOOR236_F1 = 0.53  # 0.543 blind, 0.557 held out (Philippine and Indonesian politics)
FLOOR237_F1 = 0.58  # 0.576 blind, 0.610 studied (cybersecurity incidents and data breaches)
FLOOR238_F1 = 0.67  # 0.697 blind, 0.697 held out (Andean politics)
FLOOR239_F1 = 0.55  # 0.500 blind, 0.576 studied (the oil and gas industry)
FLOOR240_F1 = 0.51  # 0.537 blind, 0.537 held out (UK national politics at Westminster)
FLOOR241_F1 = 0.58  # 0.571 blind, 0.612 studied (hospitals and health systems)
FLOOR242_F1 = 0.59  # 0.615 blind, 0.624 held out (Caucasus politics)
FLOOR243_F1 = 0.49  # 0.486 blind, 0.524 studied (construction and infrastructure projects)
FLOOR244_F1 = 0.56  # 0.591 blind, 0.591 held out (Greek and Cypriot politics)
FLOOR245_F1 = 0.55  # 0.504 blind, 0.576 studied (insurance and pensions)
FLOOR246_F1 = 0.46  # 0.488 blind, 0.488 held out (Venezuelan and Central American politics)
FLOOR247_F1 = 0.41  # 0.441 blind, 0.441 studied (shipping and ports)
FLOOR248_F1 = 0.37  # 0.397 blind, 0.438 held out (Chinese domestic politics and courts)
FLOOR249_F1 = 0.53  # 0.554 blind, 0.570 studied (Baltic politics)
FLOOR250_F1 = 0.47  # 0.500 blind, 0.527 held out (US election campaigns)
FLOOR251_F1 = 0.45  # 0.446 blind, 0.488 studied (tourism, hotels and cruise lines)
FLOOR252_F1 = 0.54  # 0.573 blind, 0.573 held out (Thai, Myanmar and Cambodian politics)
FLOOR253_F1 = 0.43  # 0.441 blind, 0.469 studied (food safety and consumer protection)
FLOOR254_F1 = 0.60  # 0.637 blind, 0.662 held out (Nigerian and Ghanaian politics)
FLOOR255_F1 = 0.56  # 0.481 blind, 0.599 studied (museums, art and cultural heritage)
FLOOR256_F1 = 0.57  # 0.608 blind, 0.612 held out (Belarusian and Moldovan politics)
FLOOR257_F1 = 0.49  # 0.504 blind, 0.529 studied (science and research institutions)
FLOOR258_F1 = 0.61  # 0.648 blind, 0.648 held out (Kenyan, Ugandan and Tanzanian politics)
FLOOR259_F1 = 0.58  # 0.599 blind, 0.613 studied (professional sports business)
FLOOR260_F1 = 0.45  # 0.489 blind, 0.489 held out (Sri Lankan, Nepali and Bangladeshi politics)
FLOOR261_F1 = 0.47  # 0.391 blind, 0.504 studied (real estate and housing)
FLOOR262_F1 = 0.61  # 0.641 blind, 0.654 held out (Gulf Arab domestic politics)
FLOOR263_F1 = 0.53  # 0.551 blind, 0.561 studied (international courts and war crimes trials)
FLOOR264_F1 = 0.43  # 0.468 blind, 0.494 held out (Dutch and Belgian politics)
FLOOR265_F1 = 0.50  # 0.533 blind, 0.605 studied (Egyptian, Lebanese and Jordanian politics)
FLOOR266_F1 = 0.44  # 0.474 blind, 0.490 held out (Malaysian, Singaporean and Vietnamese politics)
FLOOR267_F1 = 0.47  # 0.508 blind, 0.591 studied (railways and public transport)
FLOOR268_F1 = 0.57  # 0.607 blind, 0.616 held out (corporate fraud and accounting scandals)
FLOOR269_F1 = 0.53  # 0.575 blind, 0.566 studied (charities, nonprofits and their regulators)
FLOOR270_F1 = 0.45  # 0.485 blind, 0.522 held out (industrial and chemical accidents)
FLOOR271_F1 = 0.51  # 0.545 blind, 0.594 studied (US immigration enforcement and asylum courts)
FLOOR272_F1 = 0.54  # 0.580 blind, 0.578 held out (gambling, lotteries and casino regulators)
FLOOR273_F1 = 0.52  # 0.557 blind, 0.588 studied (Iranian domestic politics)
FLOOR274_F1 = (
    0.58  # 0.618 blind, 0.636 held out (Ukrainian domestic politics and anti-corruption cases)
)
FLOOR275_F1 = (
    0.56  # 0.593 blind, 0.670 studied (farmers' protests and agricultural policy in Europe)
)
FLOOR276_F1 = 0.55  # 0.583 blind, 0.583 held out (water utilities, droughts and dams)
FLOOR277_F1 = 0.67  # 0.704 blind, 0.732 studied (Irish national politics)
FLOOR278_F1 = 0.60  # 0.632 blind, 0.632 held out (sovereign debt and IMF programmes)
FLOOR279_F1 = 0.42  # 0.453 blind, 0.567 studied (military justice and armed forces personnel)
FLOOR280_F1 = 0.52  # 0.556 blind, 0.559 held out (fashion and luxury goods companies)
FLOOR281_F1 = 0.57  # 0.607 blind, 0.663 studied (Central African politics)
FLOOR282_F1 = 0.49  # 0.524 blind, 0.548 held out (Swiss and Austrian politics)
FLOOR283_F1 = 0.67  # 0.700 blind, 0.745 studied (espionage and diplomatic expulsions)
FLOOR284_F1 = 0.59  # 0.627 blind, 0.623 held out (mergers and competition authorities)
FLOOR285_F1 = 0.50  # 0.533 blind, 0.547 studied (public inquiries into national scandals)
FLOOR286_F1 = 0.60  # 0.638 blind, 0.648 held out (steel, chemicals and heavy industry)
FLOOR287_F1 = 0.40  # 0.434 blind, 0.446 studied (indigenous land rights and treaty negotiations)
FLOOR288_F1 = 0.65  # 0.693 blind, 0.689 held out (free trade negotiations and ratifications)
FLOOR289_F1 = 0.52  # 0.560 blind, 0.641 studied (cryptocurrency exchanges and their regulators)
FLOOR290_F1 = 0.56  # 0.597 blind, 0.614 held out (politics of Europe's small states)
FLOOR291_F1 = 0.63  # 0.662 blind, 0.687 studied (transboundary river and water disputes)
FLOOR292_F1 = 0.53  # 0.564 blind, 0.568 held out (postal services and parcel logistics)
FLOOR293_F1 = 0.60  # 0.638 blind, 0.662 studied (animal disease outbreaks and culls)
FLOOR294_F1 = 0.52  # 0.551 blind, 0.551 held out (European and regional human rights courts)
FLOOR295_F1 = 0.60  # 0.638 blind, 0.675 studied (Mongolian politics and mining)
FLOOR296_F1 = 0.40  # 0.439 blind, 0.443 held out (wine, beer and spirits industry)


def test_invented_articles_do_not_regress() -> None:
    totals = evaluate_events([GOLD]).totals()
    assert totals["required"] >= 30, totals
    assert totals["f1"] >= FLOOR_F1, totals


def test_invented_articles_reach_target() -> None:
    assert evaluate_events([GOLD]).totals()["f1"] >= TARGET_F1


def test_second_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD2]).totals()
    assert totals["required"] >= 40, totals
    assert totals["f1"] >= FLOOR2_F1, totals


def test_second_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD2]).totals()["f1"] >= TARGET_F1


def test_third_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD3]).totals()
    assert totals["required"] >= 25, totals
    assert totals["f1"] >= FLOOR3_F1, totals


def test_third_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD3]).totals()["f1"] >= TARGET_F1


def test_fourth_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD4]).totals()
    assert totals["required"] >= 35, totals
    assert totals["f1"] >= FLOOR4_F1, totals


def test_fourth_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD4]).totals()["f1"] >= TARGET_F1


def test_fifth_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD5]).totals()
    assert totals["required"] >= 40, totals
    assert totals["f1"] >= FLOOR5_F1, totals


def test_fifth_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD5]).totals()["f1"] >= TARGET_F1


def test_sixth_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD6]).totals()
    assert totals["required"] >= 25, totals
    assert totals["f1"] >= FLOOR6_F1, totals


def test_sixth_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD6]).totals()["f1"] >= TARGET_F1


@pytest.mark.parametrize(
    ("gold", "floor"),
    [
        (GOLD7, FLOOR7_F1),
        (GOLD8, FLOOR8_F1),
        (GOLD9, FLOOR9_F1),
        (GOLD10, FLOOR10_F1),
        (GOLD11, FLOOR11_F1),
        (GOLD12, FLOOR12_F1),
        (GOLD13, FLOOR13_F1),
        (GOLD14, FLOOR14_F1),
        (GOLD15, FLOOR15_F1),
        (GOLD16, FLOOR16_F1),
        (GOLD17, FLOOR17_F1),
        (GOLD18, FLOOR18_F1),
        (GOLD19, FLOOR19_F1),
        (GOLD20, FLOOR20_F1),
        (GOLD21, FLOOR21_F1),
        (GOLD22, FLOOR22_F1),
        (GOLD23, FLOOR23_F1),
        (GOLD24, FLOOR24_F1),
        (GOLD25, FLOOR25_F1),
        (GOLD26, FLOOR26_F1),
        (GOLD27, FLOOR27_F1),
        (GOLD28, FLOOR28_F1),
        (GOLD29, FLOOR29_F1),
        (GOLD30, FLOOR30_F1),
        (GOLD31, FLOOR31_F1),
        (GOLD32, FLOOR32_F1),
        (GOLD33, FLOOR33_F1),
        (GOLD34, FLOOR34_F1),
        (GOLD35, FLOOR35_F1),
        (GOLD36, FLOOR36_F1),
        (GOLD37, FLOOR37_F1),
        (GOLD38, FLOOR38_F1),
        (GOLD39, FLOOR39_F1),
        (GOLD40, FLOOR40_F1),
        (GOLD41, FLOOR41_F1),
        (GOLD42, FLOOR42_F1),
        (GOLD43, FLOOR43_F1),
        (GOLD44, FLOOR44_F1),
        (GOLD45, FLOOR45_F1),
        (GOLD46, FLOOR46_F1),
        (GOLD47, FLOOR47_F1),
        (GOLD48, FLOOR48_F1),
        (GOLD49, FLOOR49_F1),
        (GOLD50, FLOOR50_F1),
        (GOLD51, FLOOR51_F1),
        (GOLD52, FLOOR52_F1),
        (GOLD53, FLOOR53_F1),
        (GOLD54, FLOOR54_F1),
        (GOLD55, FLOOR55_F1),
        (GOLD56, FLOOR56_F1),
        (GOLD57, FLOOR57_F1),
        (GOLD58, FLOOR58_F1),
        (GOLD59, FLOOR59_F1),
        (GOLD60, FLOOR60_F1),
        (GOLD61, FLOOR61_F1),
        (GOLD62, FLOOR62_F1),
        (GOLD63, FLOOR63_F1),
        (GOLD64, FLOOR64_F1),
        (GOLD65, FLOOR65_F1),
        (GOLD66, FLOOR66_F1),
        (GOLD67, FLOOR67_F1),
        (GOLD68, FLOOR68_F1),
        (GOLD69, FLOOR69_F1),
        (GOLD70, FLOOR70_F1),
        (GOLD71, FLOOR71_F1),
        (GOLD72, FLOOR72_F1),
        (GOLD73, FLOOR73_F1),
        (GOLD74, FLOOR74_F1),
        (GOLD75, FLOOR75_F1),
        (GOLD76, FLOOR76_F1),
        (GOLD77, FLOOR77_F1),
        (GOLD78, FLOOR78_F1),
        (GOLD79, FLOOR79_F1),
        (GOLD80, FLOOR80_F1),
        (GOLD81, FLOOR81_F1),
        (GOLD82, FLOOR82_F1),
        (GOLD83, FLOOR83_F1),
        (GOLD84, FLOOR84_F1),
        (GOLD85, FLOOR85_F1),
        (GOLD86, FLOOR86_F1),
        (GOLD87, FLOOR87_F1),
        (GOLD88, FLOOR88_F1),
        (GOLD89, FLOOR89_F1),
        (GOLD90, FLOOR90_F1),
        (GOLD91, FLOOR91_F1),
        (GOLD92, FLOOR92_F1),
        (GOLD93, FLOOR93_F1),
        (GOLD94, FLOOR94_F1),
        (GOLD95, FLOOR95_F1),
        (GOLD96, FLOOR96_F1),
        (GOLD97, FLOOR97_F1),
        (GOLD98, FLOOR98_F1),
        (GOLD99, FLOOR99_F1),
        (GOLD100, FLOOR100_F1),
        (GOLD101, FLOOR101_F1),
        (GOLD102, FLOOR102_F1),
        (GOLD103, FLOOR103_F1),
        (GOLD104, FLOOR104_F1),
        (GOLD105, FLOOR105_F1),
        (GOLD106, FLOOR106_F1),
        (GOLD107, FLOOR107_F1),
        (GOLD108, FLOOR108_F1),
        (GOLD109, FLOOR109_F1),
        (GOLD110, FLOOR110_F1),
        (GOLD111, FLOOR111_F1),
        (GOLD112, FLOOR112_F1),
        (GOLD113, FLOOR113_F1),
        (GOLD114, FLOOR114_F1),
        (GOLD115, FLOOR115_F1),
        (GOLD116, FLOOR116_F1),
        (GOLD117, FLOOR117_F1),
        (GOLD118, FLOOR118_F1),
        (GOLD119, FLOOR119_F1),
        (GOLD120, FLOOR120_F1),
        (GOLD121, FLOOR121_F1),
        (GOLD122, FLOOR122_F1),
        (GOLD123, FLOOR123_F1),
        (GOLD124, FLOOR124_F1),
        (GOLD125, FLOOR125_F1),
        (GOLD126, FLOOR126_F1),
        (GOLD127, FLOOR127_F1),
        (GOLD128, FLOOR128_F1),
        (GOLD129, FLOOR129_F1),
        (GOLD130, FLOOR130_F1),
        (GOLD131, FLOOR131_F1),
        (GOLD132, FLOOR132_F1),
        (GOLD133, FLOOR133_F1),
        (GOLD134, FLOOR134_F1),
        (GOLD135, FLOOR135_F1),
        (GOLD136, FLOOR136_F1),
        (GOLD137, FLOOR137_F1),
        (GOLD138, FLOOR138_F1),
        (GOLD139, FLOOR139_F1),
        (GOLD140, FLOOR140_F1),
        (GOLD141, FLOOR141_F1),
        (GOLD142, FLOOR142_F1),
        (GOLD143, FLOOR143_F1),
        (GOLD144, FLOOR144_F1),
        (GOLD145, FLOOR145_F1),
        (GOLD146, FLOOR146_F1),
        (GOLD147, FLOOR147_F1),
        (GOLD148, FLOOR148_F1),
        (GOLD149, FLOOR149_F1),
        (GOLD150, FLOOR150_F1),
        (GOLD151, FLOOR151_F1),
        (GOLD152, FLOOR152_F1),
        (GOLD153, FLOOR153_F1),
        (GOLD154, FLOOR154_F1),
        (GOLD155, FLOOR155_F1),
        (GOLD156, FLOOR156_F1),
        (GOLD157, FLOOR157_F1),
        (GOLD158, FLOOR158_F1),
        (GOLD159, FLOOR159_F1),
        (GOLD160, FLOOR160_F1),
        (GOLD161, FLOOR161_F1),
        (GOLD162, FLOOR162_F1),
        (GOLD163, FLOOR163_F1),
        (GOLD164, FLOOR164_F1),
        (GOLD165, FLOOR165_F1),
        (GOLD166, FLOOR166_F1),
        (GOLD167, FLOOR167_F1),
        (GOLD168, FLOOR168_F1),
        (GOLD169, FLOOR169_F1),
        (GOLD170, FLOOR170_F1),
        (GOLD171, FLOOR171_F1),
        (GOLD172, FLOOR172_F1),
        (GOLD173, FLOOR173_F1),
        (GOLD174, FLOOR174_F1),
        (GOLD175, FLOOR175_F1),
        (GOLD176, FLOOR176_F1),
        (GOLD177, FLOOR177_F1),
        (GOLD178, FLOOR178_F1),
        (GOLD179, FLOOR179_F1),
        (GOLD180, FLOOR180_F1),
        (GOLD181, FLOOR181_F1),
        (GOLD182, FLOOR182_F1),
        (GOLD183, FLOOR183_F1),
        (GOLD184, FLOOR184_F1),
        (GOLD185, FLOOR185_F1),
        (GOLD186, FLOOR186_F1),
        (GOLD187, FLOOR187_F1),
        (GOLD188, FLOOR188_F1),
        (GOLD189, FLOOR189_F1),
        (GOLD190, FLOOR190_F1),
        (GOLD191, FLOOR191_F1),
        (GOLD192, FLOOR192_F1),
        (GOLD193, FLOOR193_F1),
        (GOLD194, FLOOR194_F1),
        (GOLD195, FLOOR195_F1),
        (GOLD196, FLOOR196_F1),
        (GOLD197, FLOOR197_F1),
        (GOLD198, FLOOR198_F1),
        (GOLD199, FLOOR199_F1),
        (GOLD200, FLOOR200_F1),
        (GOLD201, FLOOR201_F1),
        (GOLD202, FLOOR202_F1),
        (GOLD203, FLOOR203_F1),
        (GOLD204, FLOOR204_F1),
        (GOLD205, FLOOR205_F1),
        (GOLD206, FLOOR206_F1),
        (GOLD207, FLOOR207_F1),
        (GOLD208, FLOOR208_F1),
        (GOLD209, FLOOR209_F1),
        (GOLD210, FLOOR210_F1),
        (GOLD211, FLOOR211_F1),
        (GOLD212, FLOOR212_F1),
        (GOLD213, FLOOR213_F1),
        (GOLD214, FLOOR214_F1),
        (GOLD215, FLOOR215_F1),
        (GOLD216, FLOOR216_F1),
        (GOLD217, FLOOR217_F1),
        (GOLD218, FLOOR218_F1),
        (GOLD219, FLOOR219_F1),
        (GOLD220, FLOOR220_F1),
        (GOLD221, FLOOR221_F1),
        (GOLD222, FLOOR222_F1),
        (GOLD223, FLOOR223_F1),
        (GOLD224, FLOOR224_F1),
        (GOLD225, FLOOR225_F1),
        (GOLD226, FLOOR226_F1),
        (GOLD227, FLOOR227_F1),
        (GOLD228, FLOOR228_F1),
        (GOLD229, FLOOR229_F1),
        (GOLD230, FLOOR230_F1),
        (GOLD231, FLOOR231_F1),
        (GOLD232, FLOOR232_F1),
        (GOLD233, FLOOR233_F1),
        (GOLD234, FLOOR234_F1),
        (GOLD235, FLOOR235_F1),
        (GOLD236, FLOOR236_F1),
        (GOLD237, FLOOR237_F1),
        (GOLD238, FLOOR238_F1),
        (GOLD239, FLOOR239_F1),
        (GOLD240, FLOOR240_F1),
        (GOLD241, FLOOR241_F1),
        (GOLD242, FLOOR242_F1),
        (GOLD243, FLOOR243_F1),
        (GOLD244, FLOOR244_F1),
        (GOLD245, FLOOR245_F1),
        (GOLD246, FLOOR246_F1),
        (GOLD247, FLOOR247_F1),
        (GOLD248, FLOOR248_F1),
        (GOLD249, FLOOR249_F1),
        (GOLD250, FLOOR250_F1),
        (GOLD251, FLOOR251_F1),
        (GOLD252, FLOOR252_F1),
        (GOLD253, FLOOR253_F1),
        (GOLD254, FLOOR254_F1),
        (GOLD255, FLOOR255_F1),
        (GOLD256, FLOOR256_F1),
        (GOLD257, FLOOR257_F1),
        (GOLD258, FLOOR258_F1),
        (GOLD259, FLOOR259_F1),
        (GOLD260, FLOOR260_F1),
        (GOLD261, FLOOR261_F1),
        (GOLD262, FLOOR262_F1),
        (GOLD263, FLOOR263_F1),
        (GOLD264, FLOOR264_F1),
        (GOLD265, FLOOR265_F1),
        (GOLD266, FLOOR266_F1),
        (GOLD267, FLOOR267_F1),
        (GOLD268, FLOOR268_F1),
        (GOLD269, FLOOR269_F1),
        (GOLD270, FLOOR270_F1),
        (GOLD271, FLOOR271_F1),
        (GOLD272, FLOOR272_F1),
        (GOLD273, FLOOR273_F1),
        (GOLD274, FLOOR274_F1),
        (GOLD275, FLOOR275_F1),
        (GOLD276, FLOOR276_F1),
        (GOLD277, FLOOR277_F1),
        (GOLD278, FLOOR278_F1),
        (GOLD279, FLOOR279_F1),
        (GOLD280, FLOOR280_F1),
        (GOLD281, FLOOR281_F1),
        (GOLD282, FLOOR282_F1),
        (GOLD283, FLOOR283_F1),
        (GOLD284, FLOOR284_F1),
        (GOLD285, FLOOR285_F1),
        (GOLD286, FLOOR286_F1),
        (GOLD287, FLOOR287_F1),
        (GOLD288, FLOOR288_F1),
        (GOLD289, FLOOR289_F1),
        (GOLD290, FLOOR290_F1),
        (GOLD291, FLOOR291_F1),
        (GOLD292, FLOOR292_F1),
        (GOLD293, FLOOR293_F1),
        (GOLD294, FLOOR294_F1),
        (GOLD295, FLOOR295_F1),
        (GOLD296, FLOOR296_F1),
    ],
)
def test_later_held_out_sets_do_not_regress(gold: Path, floor: float) -> None:
    totals = evaluate_events([gold]).totals()
    assert totals["required"] >= 40, totals
    assert totals["f1"] >= floor, totals


@pytest.mark.parametrize(
    "gold",
    [
        pytest.param(GOLD13, id="invented13"),
        pytest.param(GOLD17, id="invented17"),
        pytest.param(GOLD19, id="invented19"),
    ],
)
def test_studied_wikinews_sets_reach_target(gold: Path) -> None:
    assert evaluate_events([gold]).totals()["f1"] >= TARGET_F1


#: The sets never studied (only their totals are ever looked at), together.
HELD_OUT = [
    GOLD8,
    GOLD10,
    GOLD12,
    GOLD15,
    GOLD16,
    GOLD18,
    GOLD20,
    GOLD23,
    GOLD24,
    GOLD26,
    GOLD29,
    GOLD30,
    GOLD34,
    GOLD35,
    GOLD38,
    GOLD41,
    GOLD42,
    GOLD46,
    GOLD48,
    GOLD51,
    GOLD55,
    GOLD56,
    GOLD57,
    GOLD59,
    GOLD61,
    GOLD63,
    GOLD65,
    GOLD67,
    GOLD69,
    GOLD71,
    GOLD73,
    GOLD75,
    GOLD77,
    GOLD79,
    GOLD81,
    GOLD83,
    GOLD85,
    GOLD87,
    GOLD89,
    GOLD91,
    GOLD93,
    GOLD95,
    GOLD98,
    GOLD100,
    GOLD102,
    GOLD104,
    GOLD106,
    GOLD108,
    GOLD110,
    GOLD112,
    GOLD114,
    GOLD116,
    GOLD118,
    GOLD120,
    GOLD122,
    GOLD124,
    GOLD126,
    GOLD128,
    GOLD130,
    GOLD132,
    GOLD134,
    GOLD136,
    GOLD138,
    GOLD140,
    GOLD142,
    GOLD144,
    GOLD146,
    GOLD148,
    GOLD150,
    GOLD152,
    GOLD154,
    GOLD156,
    GOLD158,
    GOLD160,
    GOLD162,
    GOLD164,
    GOLD166,
    GOLD168,
    GOLD170,
    GOLD172,
    GOLD174,
    GOLD176,
    GOLD178,
    GOLD180,
    GOLD182,
    GOLD184,
    GOLD186,
    GOLD188,
    GOLD190,
    GOLD192,
    GOLD194,
    GOLD196,
    GOLD198,
    GOLD200,
    GOLD202,
    GOLD204,
    GOLD206,
    GOLD208,
    GOLD210,
    GOLD212,
    GOLD214,
    GOLD216,
    GOLD218,
    GOLD220,
    GOLD222,
    GOLD224,
    GOLD226,
    GOLD228,
    GOLD230,
    GOLD232,
    GOLD234,
    GOLD236,
    GOLD238,
    GOLD240,
    GOLD242,
    GOLD244,
    GOLD246,
    GOLD248,
    GOLD250,
    GOLD252,
    GOLD254,
    GOLD256,
    GOLD258,
    GOLD260,
    GOLD262,
    GOLD264,
    GOLD266,
    GOLD268,
    GOLD270,
    GOLD272,
    GOLD274,
    GOLD276,
    GOLD278,
    GOLD280,
    GOLD282,
    GOLD284,
    GOLD286,
    GOLD288,
    GOLD290,
    GOLD292,
    GOLD294,
    GOLD296,
]
#: Their micro-averaged F1. The first ten: 0.685 with the code before round 14 (sets 23, 24
#: and 26 were scored blind during it), 0.701 after it, 0.709 after round 15. All twelve
#: (sets 29 and 30, state media and newspaper features, were scored blind in round 15):
#: 0.687 after round 15. All fifteen (sets 34, 35 and 38 scored blind late in round 15):
#: 0.650 with the code before round 15 (with Kosovo given no code, else it stops on sets 30
#: and 35), 0.672 after it. All twenty (sets 41, 42, 46, 48 and 51 scored blind in round 16):
#: 0.668 with the code before round 16, 0.685 after it. All twenty-four (sets 55-59 held out
#: in round 17): 0.675 before it, 0.681 after it. All twenty-eight (sets 61, 63, 65 and 67
#: held out in round 18): 0.683 before it, 0.688 after it. All thirty-five (sets 69, 71, 73,
#: 75, 77, 79 and 81 held out in round 19): 0.691 before it, 0.695 after it. All forty-two
#: (sets 83-95, odd, held out in round 20): 0.695 before it, 0.708 after it. All forty-nine
#: (sets 98-110, even, held out in round 21): 0.703 before it, 0.716 after it. All fifty-one
#: (sets 112 and 114 held out late in round 21): 0.699 before it, 0.713 after it. All
#: fifty-nine (sets 116-130, even, held out in round 22: local press, US domestic politics and
#: features, the weakest genres): 0.688 before it, 0.700 after it. All sixty-three (sets
#: 132-138, even, held out late in round 22): 0.672 before it, 0.687 after it. All seventy
#: (sets 140-152, even, held out in round 23: US Congress, disasters, business, Canadian and
#: Australian politics, US local news, European politics, Asia-Pacific local press): 0.672
#: before it, 0.686 after it (the sixty-three older ones 0.687 before, 0.696 after). All
#: seventy-four (sets 154-160, even, held out in round 24: political profiles, European local
#: press, business and economy, US Congress and the White House): 0.679 before it, 0.686
#: after it (the seventy older ones 0.686 before, 0.691 after). All seventy-eight (sets
#: 162-168, even, held out in round 25: UK and Irish local government, African courts and
#: elections, energy and environment, South and Southeast Asian local politics): 0.672 before
#: it, 0.687 after it (the seventy-four older ones 0.686 before, 0.701 after). All eighty-two
#: (sets 170-176, even, held out in round 26: East Asian diplomacy, European Union
#: institutions, Eastern Europe and Central Asia, Australian and Pacific politics): 0.681
#: before it, 0.689 after it (the seventy-eight older ones 0.687 before, 0.694 after). All
#: eighty-six (sets 178-184, even, held out in round 27: war and ceasefire reporting, Canadian
#: politics, Indian politics and courts, Latin American corruption trials): 0.679 before it,
#: 0.684 after it (the eighty-two older ones 0.689 before, 0.692 after). All ninety (sets
#: 186-192, even, held out in round 28: Gulf and Iran diplomacy, Japanese and Korean politics,
#: French, German and Italian politics, space launches): 0.678 before it. All ninety-four (sets
#: 194-200, even, held out in round 29: South China Sea and ASEAN, Turkish and Balkan politics,
#: nuclear power and utilities, Pakistan and Afghanistan): 0.677 with the code before round 28,
#: 0.680 after round 29 (the eighty-six older ones 0.684 before, 0.687 after). All ninety-eight
#: (sets 202-208, even, held out in round 30: West Africa and ECOWAS, arms control and
#: procurement, media and press freedom, wildfires and heatwaves): 0.674 before it. All
#: one hundred and two (sets 210-216, even, held out in round 31: Southeast Asian business,
#: football and Olympic governance, European migration policy, the Horn of Africa): 0.667 with
#: the code before round 30, 0.670 after round 31 (the ninety-four older ones 0.680 before, 0.683
#: after).
#: All one hundred and six (sets 218-224, even, held out in round 32: Iraq and Syria,
#: Mexican politics and cartels, Polish, Czech and Hungarian politics, Israel and the West Bank
#: and Gaza): 0.661 with the code before round 30, 0.666 after round 32. All one hundred and ten
#: (sets 226-232, even, held out in round 33: Central Asian politics, natural disasters in Asia,
#: Spanish and Portuguese politics, North African politics): 0.662 blind on arrival (the sets
#: alone 0.583; the one hundred and six older ones 0.666). All one hundred and fourteen (sets
#: 234-240, even, held out in round 34: Southern African politics, Philippine and Indonesian
#: politics, Andean politics, UK politics at Westminster): 0.662 with round 33's rules, the
#: round-34 sets blind on arrival (alone 0.617); the one hundred and ten before them 0.664.
#: After round 34: 0.663 (0.660 with the code before round 33; the one hundred and six sets
#: older than round 33 0.666 before it, 0.669 after). All one hundred and eighteen (sets
#: 242-248, even, held out in round 35: Caucasus politics, Greek and Cypriot politics,
#: Venezuelan and Central American politics, Chinese domestic politics and courts): 0.658, the
#: round-35 sets blind on arrival (alone 0.528); the floor moved to 0.65 for these harder sets,
#: not for any fall in the older ones. After round 35: 0.659 (0.655 with the code before round
#: 33; the one hundred and six sets older than round 33 0.666 before it, 0.670 after).
#: All one hundred and twenty-two (sets 250-256, even, held out in round 36: US election
#: campaigns, Thai, Myanmar and Cambodian politics, Nigerian and Ghanaian politics, Belarusian
#: and Moldovan politics): 0.655, the round-36 sets blind on arrival (alone 0.579).
#: All one hundred and twenty-six (sets 258-264, even, held out in round 37: Kenyan, Ugandan
#: and Tanzanian politics, Sri Lankan, Nepali and Bangladeshi politics, Gulf Arab domestic
#: politics, Dutch and Belgian politics): 0.652 with round 36's first rules, the round-37 sets
#: blind on arrival (alone 0.561); the one hundred and twenty-two before them 0.656. After round
#: 37: 0.658 (the one hundred and eighteen sets older than round 36 0.659 before it, 0.664 after).
#: All one hundred and thirty (sets 266-272, even, held out in round 38: Malaysian, Singaporean
#: and Vietnamese politics, corporate fraud and accounting, industrial and chemical accidents,
#: gambling and casino regulators): 0.654, the round-38 sets blind on arrival (alone 0.536).
#: After round 38: 0.661 (the one hundred and twenty-six sets older than round 38 0.658 before
#: it, 0.664 after; the round-38 sets alone 0.551).
#: All one hundred and thirty-four (sets 274-280, even, held out in round 39: Ukrainian politics
#: and anti-corruption cases, water utilities and droughts, sovereign debt and IMF programmes,
#: fashion and luxury goods): 0.659, the round-39 sets blind on arrival (alone 0.600). After
#: round 39: 0.662 (the one hundred and thirty sets older than round 39 0.661 before it, 0.664
#: after; the round-39 sets alone 0.605).
#: All one hundred and forty-two (sets 282-288, even, held out in round 40: Swiss and Austrian
#: politics, mergers and competition authorities, steel and heavy industry, free trade
#: negotiations; sets 290-296, even, held out in round 41: Europe's small states, postal services,
#: regional human rights courts, the wine, beer and spirits industry): 0.657 with the code before
#: round 40 (the round-40 sets blind on arrival, alone 0.621; the round-41 sets blind on arrival
#: with round 40's first rules, alone 0.542). After round 41: 0.665 (the one hundred and
#: thirty-four sets older than round 40 0.662 before it, 0.670 after).
HELD_OUT_FLOOR_F1 = 0.65


def test_held_out_sets_together_do_not_regress() -> None:
    totals = evaluate_events(HELD_OUT).totals()
    assert totals["required"] >= 9800, totals
    assert totals["f1"] >= HELD_OUT_FLOOR_F1, totals


@pytest.mark.xfail(
    reason="held-out sets together 0.665 (recall 0.66, precision 0.67): single sets "
    "range from 0.44-0.52 (the wine, beer and spirits industry, Chinese domestic politics, "
    "Venezuelan and Central American politics, Indian politics and courts, Malaysian, "
    "Singaporean and Vietnamese politics) to 0.86",
    strict=True,
)
def test_held_out_sets_together_reach_target() -> None:
    assert evaluate_events(HELD_OUT).totals()["f1"] >= TARGET_F1
