// Names that hold control characters or bidirectional overrides, as a server that does not
// refuse them (or an imported file) can send: the app shows them, never obeys them, in the
// Properties table, the detail pane, a form's title and the Drafts list.
#include "api/accountclient.h"
#include "drafts/draftlistmodel.h"
#include "drafts/draftstore.h"
#include "numbers/numbertablemodel.h"
#include "properties/propertiespane.h"
#include "properties/propertyform.h"
#include "properties/propertylistmodel.h"
#include "propertiesapi.h"
#include "sandboxserver.h"
#include "validation/textrules.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Rlo = QString(QChar(0x202e));
const QString Esc = QString(QChar(0x1b));

bool safe(const QString &text)
{
    return Validation::findTextProblem(text).problem == Validation::TextProblem::None;
}
} // namespace

class tst_HostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableAndDetailPaneShowThemSafely();
    void numbersTableShowsThemSafely();
    void formTitleIsolatesTheName();
    void draftsListShowsThemSafely();

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
};

void tst_HostileText::initTestCase()
{
    SandboxOptions options;
    options.dataDir = m_dir.path(); // no seed: only the rows below
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));

    // Stored behind the API's back, as a server that does not check would keep them.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
        db.setDatabaseName(m_dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(db.open());
        PropertyRecord record;
        record.sid = u"S0000000000000000000000000000001"_s;
        record.name = u"Invoice "_s + Rlo + u"fdp.exe"_s;
        record.mainDomain = u"evil"_s + Esc + u"[31m.example.com"_s;
        record.timeZone = u"UTC"_s;
        QVERIFY2(PropertiesApi::insert(db, &record, &error), qPrintable(error));
        QSqlQuery number(db);
        number.prepare(u"INSERT INTO numbers (family, sid, phone_number, friendly_name,"
                       u" date_created, date_updated) VALUES ('twilio', ?, '+14155550100', ?, 0, 0)"_s);
        number.addBindValue(u"PN00000000000000000000000000000001"_s);
        number.addBindValue(QString(u"Front desk"_s + Rlo + u"kramretaw"_s + Esc + u"[2J"_s));
        QVERIFY2(number.exec(), qPrintable(number.lastQuery()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"hostile"_s);
}

void tst_HostileText::cleanupTestCase()
{
    m_server.stop();
}

void tst_HostileText::tableAndDetailPaneShowThemSafely()
{
    AccountProfile profile;
    profile.id = u"sandbox-properties"_s;
    profile.family = ApiFamily::Properties;
    profile.baseUrl = m_server.baseUrl();
    profile.user = m_server.credentials().propertiesAccountSid;
    profile.secret = m_server.credentials().propertiesAuthToken;
    AccountClient client(profile);
    PropertiesPane pane(&client);
    QAbstractItemModelTester tester(pane.model());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    QCOMPARE(pane.model()->rowCount(), 1);

    const QModelIndex name = pane.model()->index(0, PropertyListModel::NameColumn);
    const QModelIndex domain = pane.model()->index(0, PropertyListModel::DomainColumn);
    QCOMPARE(name.data().toString(), u"Invoice \uFFFDfdp.exe"_s);
    QCOMPARE(domain.data().toString(), u"evil\u241B[31m.example.com"_s);
    QVERIFY(safe(name.data(Qt::ToolTipRole).toString()));
    // Sorting and the record itself keep the server's text as it is.
    QCOMPARE(pane.model()->index(0, 0).data(PropertyListModel::SortRole).toString(),
             u"Invoice "_s + Rlo + u"fdp.exe"_s);

    pane.view()->selectRow(0);
    QLabel *detailName = pane.findChild<QLabel *>(u"detailName"_s);
    QLabel *detailTitle = pane.findChild<QLabel *>(u"detailTitle"_s);
    QVERIFY(detailName && detailTitle);
    QTRY_VERIFY(!detailName->text().isEmpty());
    QVERIFY2(safe(detailName->text()) && safe(detailTitle->text()), qPrintable(detailName->text()));
    QVERIFY(detailName->text().contains(u"fdp.exe"_s));
}

void tst_HostileText::numbersTableShowsThemSafely()
{
    AccountProfile profile;
    profile.id = u"sandbox-twilio"_s;
    profile.family = ApiFamily::Twilio;
    profile.baseUrl = m_server.baseUrl();
    profile.user = m_server.credentials().twilioAccountSid;
    profile.secret = m_server.credentials().twilioAuthToken;
    AccountClient client(profile);
    NumberTableModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model);
    model.startLoading();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 20000);
    const QModelIndex name = model.index(0, NumberTableModel::FriendlyNameColumn);
    const QString shown = name.data().toString();
    QCOMPARE(shown, u"Front desk\uFFFDkramretaw\u241B[2J"_s);
    QVERIFY(safe(name.data(Qt::ToolTipRole).toString()));
}

void tst_HostileText::formTitleIsolatesTheName()
{
    PropertyForm form;
    PropertyDraft draft;
    draft.name = u"שלום "_s + Rlo + u"2024"_s;
    form.setDraft(draft);
    const QString title = form.windowTitle();
    QVERIFY2(!title.contains(Rlo), qPrintable(title));
    // The right-to-left name sits between FSI and PDI: it cannot pull "New property —"
    // or anything after it out of order.
    const qsizetype open = title.indexOf(QChar(0x2068));
    const qsizetype close = title.indexOf(QChar(0x2069));
    QVERIFY2(open > 0 && close > open, qPrintable(title));
    QVERIFY(title.left(open).startsWith(u"New property"_s));
    QCOMPARE(title.mid(open + 1, close - open - 1), u"שלום \uFFFD2024"_s);
}

void tst_HostileText::draftsListShowsThemSafely()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    // A title as an imported file could carry it.
    QVERIFY(!store.create(DraftKind::Property, u"a"_s, u"Q3"_s + Esc + u"]0;pwned\a"_s).isNull());
    DraftListModel model(&store);
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 1);
    const QString shown = model.index(0, DraftListModel::TitleColumn).data().toString();
    QVERIFY2(safe(shown), qPrintable(shown));
    QCOMPARE(shown, u"Q3\u241B]0;pwned\u2407"_s);
}

QTEST_MAIN(tst_HostileText)
#include "tst_hostiletext.moc"
