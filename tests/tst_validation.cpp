// The Properties family's shared field rules (models/validation/propertyrules), which the
// New property form applies while typing and the sandbox applies on every POST.
#include "validation/propertyrules.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Validation::Verdict;

Q_DECLARE_METATYPE(Validation::Verdict)

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

QTEST_APPLESS_MAIN(tst_Validation)
#include "tst_validation.moc"
