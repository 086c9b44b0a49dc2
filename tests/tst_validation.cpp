// The Properties family's shared field rules (models/validation/propertyrules), which the
// New property form applies while typing and the sandbox applies on every POST.
#include "validation/propertyrules.h"
#include "validation/textrules.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Validation::Verdict;

Q_DECLARE_METATYPE(Validation::Verdict)
Q_DECLARE_METATYPE(Validation::TextProblem)

class tst_Validation final : public QObject
{
    Q_OBJECT

private slots:
    void propertyName_data();
    void propertyName();
    void mainDomain_data();
    void mainDomain();
    void windowsTimeZone_data();
    void windowsTimeZone();
    void windowsTimeZoneIdsAreQtsOwn();
    void text_data();
    void text();
    void strictUtf8_data();
    void strictUtf8();
    void displayText_data();
    void displayText();
    void isolatedTextCannotReorderItsSurroundings();
};

void tst_Validation::propertyName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << Verdict::Incomplete << u"required"_s;
    QTest::newRow("only spaces") << u"   "_s << Verdict::Incomplete << u"required"_s;
    QTest::newRow("plain") << u"New Marketing Project"_s << Verdict::Ok << QString();
    QTest::newRow("unicode") << u"Café Ü 東京"_s << Verdict::Ok << QString();
    QTest::newRow("one character") << u"X"_s << Verdict::Ok << QString();
    QTest::newRow("at the limit") << QString(Validation::PropertyNameMaxLength, u'a') << Verdict::Ok
                                  << QString();
    QTest::newRow("one over the limit") << QString(Validation::PropertyNameMaxLength + 1, u'a')
                                        << Verdict::Wrong << u"longer than"_s;
    QTest::newRow("lone surrogate") << u"Mark"_s + QChar(0xd800) + u"eting"_s << Verdict::Wrong
                                    << u"Name is not valid Unicode"_s;
    QTest::newRow("escape") << u"Red"_s + QChar(0x1b) + u"[31m"_s
                            << Verdict::Wrong << u"Name contains a control character (U+001B)"_s;
    QTest::newRow("right-to-left override") << u"Invoice "_s + QChar(0x202e) + u"fdp.exe"_s
                                            << Verdict::Wrong << u"bidirectional"_s;
}

void tst_Validation::propertyName()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reasonContains);

    const Validation::FieldCheck check = Validation::checkPropertyName(input);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.isOk(), verdict == Verdict::Ok);
    if (verdict == Verdict::Ok)
        QVERIFY2(check.reason.isEmpty(), qPrintable(check.reason));
    else
        QVERIFY2(check.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(check.reason));
}

void tst_Validation::mainDomain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << Verdict::Incomplete << u"required"_s;
    QTest::newRow("contract example") << u"marketing.example.com"_s << Verdict::Ok << QString();
    QTest::newRow("two labels") << u"example.com"_s << Verdict::Ok << QString();
    QTest::newRow("upper case") << u"Example.COM"_s << Verdict::Ok << QString();
    QTest::newRow("hyphen inside") << u"my-site.example.org"_s << Verdict::Ok << QString();
    QTest::newRow("digits in a label") << u"shop24.example.com"_s << Verdict::Ok << QString();
    QTest::newRow("single label") << u"localhost"_s << Verdict::Incomplete << u"full domain"_s;
    QTest::newRow("trailing dot while typing") << u"example."_s << Verdict::Incomplete
                                               << u"full domain"_s;
    QTest::newRow("https scheme") << u"https://example.com"_s << Verdict::Wrong << u"scheme"_s;
    QTest::newRow("path") << u"example.com/shop"_s << Verdict::Wrong << u"path"_s;
    QTest::newRow("port") << u"example.com:8080"_s << Verdict::Wrong << u"port"_s;
    QTest::newRow("space inside") << u"exa mple.com"_s << Verdict::Wrong << u"spaces"_s;
    QTest::newRow("leading space") << u" example.com"_s << Verdict::Wrong << u"spaces"_s;
    QTest::newRow("underscore") << u"my_site.example.com"_s << Verdict::Wrong << u"“_”"_s;
    QTest::newRow("at sign") << u"user@example.com"_s << Verdict::Wrong << u"“@”"_s;
    QTest::newRow("non-ASCII") << u"bücher.example"_s << Verdict::Wrong << u"“ü”"_s;
    QTest::newRow("leading dot") << u".example.com"_s << Verdict::Wrong << u"start with a dot"_s;
    QTest::newRow("empty label") << u"example..com"_s << Verdict::Wrong << u"empty label"_s;
    QTest::newRow("label starts with hyphen") << u"-shop.example.com"_s << Verdict::Wrong
                                              << u"hyphen"_s;
    QTest::newRow("label ends with hyphen") << u"shop-.example.com"_s << Verdict::Wrong
                                            << u"hyphen"_s;
    QTest::newRow("label of 64") << QString(64, u'a') + u".com"_s << Verdict::Wrong << u"63"_s;
    QTest::newRow("label of 63") << QString(63, u'a') + u".com"_s << Verdict::Ok << QString();
    QTest::newRow("longer than 253") << QString(QString(60, u'a') + u'.').repeated(5) + u"com"_s
                                     << Verdict::Wrong << u"253"_s;
    QTest::newRow("IP address") << u"192.168.0.1"_s << Verdict::Wrong << u"digits"_s;
    QTest::newRow("line feed") << u"example.com\nX-Forged: 1"_s << Verdict::Wrong
                               << u"control character (U+000A)"_s;
}

void tst_Validation::mainDomain()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reasonContains);

    const Validation::FieldCheck check = Validation::checkMainDomain(input);
    QCOMPARE(check.verdict, verdict);
    if (verdict == Verdict::Ok)
        QVERIFY2(check.reason.isEmpty(), qPrintable(check.reason));
    else
        QVERIFY2(check.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(check.reason));
}

void tst_Validation::windowsTimeZone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("empty") << QString() << Verdict::Incomplete;
    QTest::newRow("blank") << u"  "_s << Verdict::Incomplete;
    QTest::newRow("contract example") << u"AUS Eastern Standard Time"_s << Verdict::Ok;
    QTest::newRow("UTC") << u"UTC"_s << Verdict::Ok;
    QTest::newRow("Pacific") << u"Pacific Standard Time"_s << Verdict::Ok;
    QTest::newRow("IANA id is not a Windows id") << u"Australia/Sydney"_s << Verdict::Wrong;
    QTest::newRow("abbreviation") << u"AEST"_s << Verdict::Wrong;
    QTest::newRow("prefix of an id") << u"AUS Eastern"_s << Verdict::Wrong;
    QTest::newRow("made up") << u"Mars Standard Time"_s << Verdict::Wrong;
    QTest::newRow("non-Latin-1") << u"AUS Eastern Standard Time ✓"_s << Verdict::Wrong;
}

void tst_Validation::windowsTimeZone()
{
    QFETCH(QString, input);
    QFETCH(Verdict, verdict);

    const Validation::FieldCheck check = Validation::checkWindowsTimeZone(input);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.reason.isEmpty(), verdict == Verdict::Ok);
    QCOMPARE(Validation::isWindowsTimeZoneId(input), verdict == Verdict::Ok);
    if (verdict == Verdict::Wrong)
        QVERIFY2(check.reason.contains(input), qPrintable(check.reason)); // names what was typed
}

void tst_Validation::windowsTimeZoneIdsAreQtsOwn()
{
    const QStringList &ids = Validation::windowsTimeZoneIds();
    QVERIFY(ids.size() > 100); // Windows has about 140
    QVERIFY(ids.contains(u"AUS Eastern Standard Time"_s));
    // IDs that Qt keys by older IANA names or by Etc/ zones, which a system's list of
    // canonical zones does not name: the picker must still offer them.
    for (const QString &id : {u"UTC"_s, u"India Standard Time"_s, u"Nepal Standard Time"_s,
                              u"Dateline Standard Time"_s, u"Greenland Standard Time"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    QVERIFY(&ids == &Validation::windowsTimeZoneIds()); // computed once
    QStringList sorted = ids;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : ids) {
        QVERIFY2(Validation::checkWindowsTimeZone(id).isOk(), qPrintable(id));
        QVERIFY2(!QTimeZone::windowsIdToDefaultIanaId(id.toLatin1()).isEmpty(), qPrintable(id));
    }
}


void tst_Validation::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Validation::TextProblem>("problem");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("reasonContains");

    using P = Validation::TextProblem;
    const auto at = [](const QString &before, char16_t c, const QString &after = u"x"_s) -> QString {
        return before + QChar(c) + after;
    };
    QTest::newRow("plain") << u"Marketing"_s << P::None << -1 << QString();
    QTest::newRow("empty") << QString() << P::None << -1 << QString();
    QTest::newRow("accents and CJK") << u"Café Ü 東京"_s << P::None << -1 << QString();
    QTest::newRow("emoji (a surrogate pair)") << u"Launch 🚀 day"_s << P::None << -1 << QString();
    QTest::newRow("Hebrew with a mark") << u"שלום"_s + QChar(0x200f) << P::None << -1 << QString();
    QTest::newRow("lone high surrogate") << at(u"ab"_s, 0xd800) << P::InvalidUnicode << 2
                                         << u"FriendlyName is not valid Unicode"_s;
    QTest::newRow("lone high surrogate at the end") << u"ab"_s + QChar(0xd83d) << P::InvalidUnicode
                                                    << 2 << u"U+D83D"_s;
    QTest::newRow("lone low surrogate") << at(u"a"_s, 0xdc00) << P::InvalidUnicode << 1
                                        << u"U+DC00"_s;
    QTest::newRow("NUL") << at(u"a"_s, 0x00) << P::ControlCharacter << 1 << u"U+0000"_s;
    QTest::newRow("ESC") << at(u"abc"_s, 0x1b) << P::ControlCharacter << 3
                         << u"FriendlyName contains a control character (U+001B)"_s;
    QTest::newRow("CR") << at(u""_s, 0x0d) << P::ControlCharacter << 0 << u"U+000D"_s;
    QTest::newRow("LF") << at(u"a"_s, 0x0a) << P::ControlCharacter << 1 << u"U+000A"_s;
    QTest::newRow("tab") << at(u"a"_s, 0x09) << P::ControlCharacter << 1 << u"U+0009"_s;
    QTest::newRow("DEL") << at(u"a"_s, 0x7f) << P::ControlCharacter << 1 << u"U+007F"_s;
    QTest::newRow("C1 NEL") << at(u"a"_s, 0x85) << P::ControlCharacter << 1 << u"U+0085"_s;
    QTest::newRow("line separator") << at(u"a"_s, 0x2028) << P::ControlCharacter << 1
                                    << u"U+2028"_s;
    QTest::newRow("RLO") << at(u"a"_s, 0x202e) << P::BidiControl << 1 << u"U+202E"_s;
    QTest::newRow("LRE") << at(u"a"_s, 0x202a) << P::BidiControl << 1 << u"U+202A"_s;
    QTest::newRow("RLI") << at(u"a"_s, 0x2067) << P::BidiControl << 1 << u"U+2067"_s;
    QTest::newRow("PDI") << at(u"a"_s, 0x2069) << P::BidiControl << 1 << u"U+2069"_s;
}

void tst_Validation::text()
{
    QFETCH(QString, input);
    QFETCH(Validation::TextProblem, problem);
    QFETCH(int, position);
    QFETCH(QString, reasonContains);

    const Validation::TextFinding found = Validation::findTextProblem(input);
    QCOMPARE(found.problem, problem);
    QCOMPARE(found.position, qsizetype(position));
    const Validation::FieldCheck check =
        Validation::checkText(input, u"FriendlyName"_s, Validation::ReasonLanguage::English);
    QCOMPARE(check.isOk(), problem == Validation::TextProblem::None);
    if (problem != Validation::TextProblem::None) {
        QCOMPARE(check.verdict, Verdict::Wrong);
        QVERIFY2(check.reason.contains(reasonContains), qPrintable(check.reason));
        // The reason itself is safe to show and to send as JSON.
        QCOMPARE(Validation::findTextProblem(check.reason).problem, Validation::TextProblem::None);
    }
}

void tst_Validation::strictUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ASCII") << QByteArray("Marketing") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two bytes") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("three bytes") << QByteArray("\xe6\x9d\xb1") << true;
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x9a\x80") << true;
    QTest::newRow("encoded surrogate (CESU)") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("cut short") << QByteArray("ab\xe6\x9d") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << false;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9") << false;
    QTest::newRow("0xff") << QByteArray("\xff") << false;
}

void tst_Validation::strictUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidUtf8(bytes), valid);
}

void tst_Validation::displayText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << u"Marketing"_s << u"Marketing"_s;
    QTest::newRow("emoji") << u"Launch 🚀"_s << u"Launch 🚀"_s;
    QTest::newRow("escape sequence") << QString(QChar(0x1b)) + u"[31mRed"_s << u"␛[31mRed"_s;
    QTest::newRow("CR LF") << u"a\r\nb"_s << u"a␍␊b"_s;
    QTest::newRow("NUL and DEL") << QString(QChar(0)) + u"x"_s + QChar(0x7f) << u"␀x␡"_s;
    QTest::newRow("right-to-left override")
        << u"Invoice "_s + QChar(0x202e) + u"fdp.exe"_s << u"Invoice �fdp.exe"_s;
    QTest::newRow("lone surrogate") << u"a"_s + QChar(0xd800) + u"b"_s << u"a�b"_s;
    QTest::newRow("C1") << u"a"_s + QChar(0x9b) << u"a�"_s;
}

void tst_Validation::displayText()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(Validation::displayText(input), shown);
    QCOMPARE(Validation::findTextProblem(Validation::displayText(input)).problem,
             Validation::TextProblem::None);
}

void tst_Validation::isolatedTextCannotReorderItsSurroundings()
{
    // Left-to-right text needs nothing around it.
    QCOMPARE(Validation::isolatedText(u"Spring campaign"_s), u"Spring campaign"_s);
    // Right-to-left text is isolated, so "— 2024" after it keeps its place.
    const QString hebrew = Validation::isolatedText(u"שלום 12"_s);
    QCOMPARE(hebrew, QChar(0x2068) + u"שלום 12"_s + QChar(0x2069));

    const QString hostile = u"abc"_s + QChar(0x202e) + u"def"_s + QChar(0x2066) + u"ש"_s;
    const QString isolated = Validation::isolatedText(hostile);
    QCOMPARE(isolated.front(), QChar(0x2068)); // FIRST STRONG ISOLATE
    QCOMPARE(isolated.back(), QChar(0x2069));  // POP DIRECTIONAL ISOLATE
    // Inside, no embedding, override or isolate is left open to leak out.
    const QString inner = isolated.mid(1, isolated.size() - 2);
    QCOMPARE(Validation::findTextProblem(inner).problem, Validation::TextProblem::None);
    QCOMPARE(inner, u"abc�def�ש"_s);
}

QTEST_APPLESS_MAIN(tst_Validation)
#include "tst_validation.moc"
