// Settings ▸ Accounts driven as a user would, offscreen: each family's fields checked as
// they are typed, OK saying what stops it, Test connection against the sandbox (works,
// wrong credentials, a closed port), plain http to another computer refused, reordering,
// removing, the sandbox added back, an environment account kept, secrets never shown.
// With SWITCHBOARD_PICTURES=DIR it also saves what the dialog looks like (light and dark,
// in a 1000×700 window) for a person to look at.
#include "accounts/accountlistmodel.h"
#include "accounts/accountsdialog.h"
#include "sandboxfixture.h"
#include "icons.h"
#include "widgets/fieldfeedback.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QStyle>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiFamily)

namespace {
constexpr int timeoutMs = 30000;

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

AccountConfig saved(const QString &name, ApiFamily family = ApiFamily::Twilio)
{
    AccountConfig c;
    c.id = AccountConfig::newId();
    c.name = name;
    c.family = family;
    c.accountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    c.secret = u"00112233445566778899aabbccddeeff"_s;
    return c;
}
} // namespace

class tst_AccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsKeepTheContract();
    void validationPerFamily_data();
    void validationPerFamily();
    void plainHttpElsewhereIsRefused();
    void testConnection_data();
    void testConnection();
    void testConnectionWrongCredentials();
    void testConnectionClosedPort();
    void tickOnlyBesideAConnectionThatWorks();
    void twilioHostFromRegionAndEdge();
    void namesAreUnique();
    void reorderRemoveAndTheSandbox();
    void environmentAccountIsKeptOnlyWhenAsked();
    void storedSecretsAreNeverShown();
    void pictures();

private:
    SandboxFixture m_sandbox{10};
};

void tst_AccountsDialog::initTestCase()
{
    qRegisterMetaType<ConnectionTest::Outcome>();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_AccountsDialog::modelsKeepTheContract()
{
    AccountsDialog dialog({AccountConfig::sandbox(), saved(u"Acme"_s)});
    QAbstractItemModelTester modelTester(dialog.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewTester(dialog.list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.addAccount(ApiFamily::SignalWire);
    dialog.addAccount(ApiFamily::Broadcast);
    QCOMPARE(dialog.model()->rowCount(), 4);
    dialog.moveCurrent(-1);
    dialog.moveCurrent(-1);
    QCOMPARE(dialog.model()->account(1).family, ApiFamily::Broadcast);
    dialog.moveCurrent(1);
    dialog.removeCurrent();
    QCOMPARE(dialog.model()->rowCount(), 3);
    type(dialog.edit(AccountField::Name), u"Renamed"_s);
    QCOMPARE(dialog.list()->model()->index(dialog.currentRow(), 0).data().toString(), u"Renamed"_s);
    // The list shows a warning where an account cannot be used yet.
    QVERIFY(!dialog.list()->model()->index(dialog.currentRow(), 0).data(Qt::DecorationRole).isNull());
}

void tst_AccountsDialog::validationPerFamily_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<QList<QPair<int, QString>>>("wrong");   // field, text: each shows a reason
    QTest::addColumn<QList<QPair<int, QString>>>("right");   // field, text: together OK
    using F = AccountField;
    const QString sid = u"AC0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("twilio")
        << ApiFamily::Twilio
        << QList<QPair<int, QString>>{{int(F::AccountSid), u"SK0123"_s},
                                      {int(F::Secret), u"not-hex"_s},
                                      {int(F::Region), u"Ireland"_s},
                                      {int(F::Edge), u"dublin.ie1"_s}}
        << QList<QPair<int, QString>>{{int(F::Name), u"Acme production"_s},
                                      {int(F::AccountSid), sid},
                                      {int(F::Secret), u"00112233445566778899aabbccddeeff"_s},
                                      {int(F::Region), u"ie1"_s},
                                      {int(F::Edge), u"dublin"_s}};
    QTest::newRow("signalwire")
        << ApiFamily::SignalWire
        << QList<QPair<int, QString>>{{int(F::Space), u"acme.example.com"_s},
                                      {int(F::AccountSid), u"{not-a-uuid}"_s},
                                      {int(F::Secret), u"PT 123"_s}}
        << QList<QPair<int, QString>>{{int(F::Name), u"Acme SignalWire"_s},
                                      {int(F::Space), u"acme"_s},
                                      {int(F::AccountSid), u"a1b2c3d4-0000-4000-8000-1234567890ab"_s},
                                      {int(F::Secret), u"PT0123456789"_s}};
    QTest::newRow("properties")
        << ApiFamily::Properties
        << QList<QPair<int, QString>>{{int(F::Server), u"props.example.com"_s},
                                      {int(F::AccountSid), u"lowercase"_s}}
        << QList<QPair<int, QString>>{{int(F::Name), u"Acme properties"_s},
                                      {int(F::Server), u"https://props.example.com"_s},
                                      {int(F::AccountSid), u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"_s},
                                      {int(F::Secret), u"token"_s}};
    QTest::newRow("broadcast")
        << ApiFamily::Broadcast
        << QList<QPair<int, QString>>{{int(F::Server), u"https://example.com/v1"_s},
                                      {int(F::Secret), u"bk live"_s}}
        << QList<QPair<int, QString>>{{int(F::Name), u"Acme broadcast"_s},
                                      {int(F::Server), u"https://broadcast.example.com"_s},
                                      {int(F::Secret), u"bk_live_0123"_s}};
}

void tst_AccountsDialog::validationPerFamily()
{
    QFETCH(ApiFamily, family);
    using Fields = QList<QPair<int, QString>>;
    QFETCH(Fields, wrong);
    QFETCH(Fields, right);

    AccountsDialog dialog({AccountConfig::sandbox()});
    dialog.show();
    dialog.addAccount(family);
    QCOMPARE(dialog.familyCombo()->currentData().toInt(), int(family));
    // The name field has the keyboard, and OK says why it is disabled.
    QTRY_VERIFY(dialog.edit(AccountField::Name)->hasFocus());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.okButton()->toolTip().isEmpty());
    QVERIFY(!dialog.testButton()->isEnabled());

    for (const auto &[field, text] : wrong) {
        QLineEdit *edit = dialog.edit(AccountField(field));
        QVERIFY2(edit->isVisible(), qPrintable(edit->objectName()));
        type(edit, text);
        FieldFeedback *feedback = dialog.feedback(AccountField(field));
        QVERIFY2(feedback->isShown(), qPrintable(edit->objectName() + u" accepts "_s + text));
        QVERIFY(!feedback->message().isEmpty());
        QVERIFY(feedback->label()->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
    }
    for (const auto &[field, text] : right) {
        type(dialog.edit(AccountField(field)), text);
        QVERIFY2(!dialog.feedback(AccountField(field))->isShown(),
                 qPrintable(dialog.feedback(AccountField(field))->message()));
    }
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.okButton()->toolTip()));
    QVERIFY(dialog.testButton()->isEnabled());
    // The fields of other families are not shown.
    if (family != ApiFamily::Twilio) {
        QVERIFY(!dialog.edit(AccountField::Region)->isVisible());
        QVERIFY(!dialog.apiKeyRadio()->isVisible());
    }
    if (family != ApiFamily::SignalWire)
        QVERIFY(!dialog.edit(AccountField::Space)->isVisible());
    if (family == ApiFamily::Broadcast)
        QVERIFY(!dialog.edit(AccountField::AccountSid)->isVisible());

    const AccountConfig c = dialog.accounts().last();
    QCOMPARE(c.family, family);
    QVERIFY(c.problems().isEmpty());
}

void tst_AccountsDialog::plainHttpElsewhereIsRefused()
{
    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(ApiFamily::Properties);
    type(dialog.edit(AccountField::Name), u"Acme"_s);
    type(dialog.edit(AccountField::AccountSid), u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"_s);
    type(dialog.edit(AccountField::Secret), u"token"_s);
    type(dialog.edit(AccountField::Server), u"http://props.example.com"_s);
    FieldFeedback *feedback = dialog.feedback(AccountField::Server);
    QVERIFY(feedback->isShown());
    QVERIFY2(feedback->message().contains(u"https"_s), qPrintable(feedback->message()));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.okButton()->toolTip().contains(u"https"_s), qPrintable(dialog.okButton()->toolTip()));
    QVERIFY(!dialog.testButton()->isEnabled());

    // Loopback is fine over http (the sandbox, a local test server).
    type(dialog.edit(AccountField::Server), u"http://127.0.0.1:8080"_s);
    QVERIFY(!feedback->isShown());
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_AccountsDialog::testConnection_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<bool>("apiKey");
    QTest::newRow("twilio, auth token") << ApiFamily::Twilio << false;
    QTest::newRow("twilio, API key") << ApiFamily::Twilio << true;
    QTest::newRow("signalwire") << ApiFamily::SignalWire << false;
    QTest::newRow("properties") << ApiFamily::Properties << false;
    QTest::newRow("broadcast") << ApiFamily::Broadcast << false;
}

void tst_AccountsDialog::testConnection()
{
    QFETCH(ApiFamily, family);
    QFETCH(bool, apiKey);
    const AccountProfile p = apiKey ? m_sandbox.twilioApiKeyProfile() : m_sandbox.profile(family);

    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(family);
    type(dialog.edit(AccountField::Name), u"Sandbox as a real account"_s);
    type(dialog.edit(AccountField::Server), p.baseUrl.toString());
    if (family == ApiFamily::Twilio && apiKey) {
        dialog.apiKeyRadio()->click();
        type(dialog.edit(AccountField::ApiKeySid), p.user);
        type(dialog.edit(AccountField::AccountSid), p.accountSid);
    } else if (family != ApiFamily::Broadcast) {
        type(dialog.edit(AccountField::AccountSid), p.user);
    }
    type(dialog.edit(AccountField::Secret), p.secret);
    QVERIFY2(dialog.testButton()->isEnabled(), qPrintable(dialog.testButton()->toolTip()));

    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().value<ConnectionTest::Outcome>(), ConnectionTest::Outcome::Works);
    QVERIFY2(dialog.testResult().startsWith(u"It works"_s), qPrintable(dialog.testResult()));

    // Editing a field makes the verdict stale: it goes.
    QTest::keyClick(dialog.edit(AccountField::Name), Qt::Key_X);
    QVERIFY(dialog.testResult().isEmpty());
}

void tst_AccountsDialog::testConnectionWrongCredentials()
{
    const AccountProfile p = m_sandbox.badProfile(ApiFamily::Twilio);
    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(ApiFamily::Twilio);
    type(dialog.edit(AccountField::Name), u"Wrong token"_s);
    type(dialog.edit(AccountField::AccountSid), p.user);
    type(dialog.edit(AccountField::Secret), u"ffffffffffffffffffffffffffffffff"_s);
    type(dialog.edit(AccountField::Server), p.baseUrl.toString());
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    dialog.testButton()->click();
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().value<ConnectionTest::Outcome>(),
             ConnectionTest::Outcome::WrongCredentials);
    QVERIFY2(dialog.testResult().contains(u"Wrong credentials"_s), qPrintable(dialog.testResult()));
    QVERIFY2(dialog.testResult().contains(u"auth token"_s), qPrintable(dialog.testResult()));
    // A wrong secret does not stop OK: the user may know better (a server down for upkeep).
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_AccountsDialog::testConnectionClosedPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(ApiFamily::Broadcast);
    type(dialog.edit(AccountField::Name), u"Nobody home"_s);
    type(dialog.edit(AccountField::Server), u"http://127.0.0.1:%1"_s.arg(port));
    type(dialog.edit(AccountField::Secret), u"bk_live_0"_s);
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    dialog.testButton()->click();
    QVERIFY(!dialog.testButton()->isEnabled()); // one test at a time
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().value<ConnectionTest::Outcome>(),
             ConnectionTest::Outcome::Unreachable);
    QVERIFY2(dialog.testResult().contains(QString::number(port)), qPrintable(dialog.testResult()));
    QVERIFY(dialog.testButton()->isEnabled());
}

// The dialog as the user sees it: green (a tick) appears only beside a test that worked.
void tst_AccountsDialog::tickOnlyBesideAConnectionThatWorks()
{
    // Pixels of a picture of the dialog that are plainly green.
    const auto green = [](QWidget *dialog) {
        QCoreApplication::sendPostedEvents();
        const QImage picture = dialog->grab().toImage();
        int count = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x) {
                const QColor c = picture.pixelColor(x, y);
                count += c.green() > c.red() + 15 && c.green() > c.blue() + 25;
            }
        }
        return count;
    };

    const AccountProfile p = m_sandbox.profile(ApiFamily::Properties);
    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(ApiFamily::Properties);
    type(dialog.edit(AccountField::Name), u"Acme properties"_s);
    type(dialog.edit(AccountField::Server), p.baseUrl.toString());
    type(dialog.edit(AccountField::AccountSid), p.user);
    type(dialog.edit(AccountField::Secret), m_sandbox.badProfile(ApiFamily::Properties).secret);
    QCOMPARE(green(&dialog), 0); // nothing tested yet

    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    QVERIFY2(dialog.testButton()->isEnabled(), qPrintable(dialog.testButton()->toolTip()));
    dialog.testButton()->click();
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().value<ConnectionTest::Outcome>(),
             ConnectionTest::Outcome::WrongCredentials);
    QCOMPARE(green(&dialog), 0); // a failure has its warning, no tick beside it

    type(dialog.edit(AccountField::Secret), p.secret);
    finished.clear();
    QVERIFY2(dialog.testButton()->isEnabled(), qPrintable(dialog.testButton()->toolTip()));
    dialog.testButton()->click();
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().value<ConnectionTest::Outcome>(), ConnectionTest::Outcome::Works);
    QVERIFY(green(&dialog) > 20); // the rule sees a tick where there is one
}

void tst_AccountsDialog::twilioHostFromRegionAndEdge()
{
    AccountsDialog dialog({});
    dialog.show();
    dialog.addAccount(ApiFamily::Twilio);
    QCOMPARE(dialog.hostPreview(), u"Requests go to https://api.twilio.com"_s);
    type(dialog.edit(AccountField::Region), u"au1"_s);
    QCOMPARE(dialog.hostPreview(), u"Requests go to https://api.au1.twilio.com"_s);
    type(dialog.edit(AccountField::Edge), u"sydney"_s);
    QCOMPARE(dialog.hostPreview(), u"Requests go to https://api.sydney.au1.twilio.com"_s);
    type(dialog.edit(AccountField::Region), QString());
    QCOMPARE(dialog.hostPreview(), u"Requests go to https://api.sydney.us1.twilio.com"_s);
    QCOMPARE(dialog.accounts().constFirst().profile().baseUrl.host(), u"api.sydney.us1.twilio.com"_s);
}

void tst_AccountsDialog::namesAreUnique()
{
    AccountsDialog dialog({saved(u"Acme production"_s)});
    dialog.show();
    dialog.addAccount(ApiFamily::Twilio);
    type(dialog.edit(AccountField::Name), u"ACME Production"_s);
    QVERIFY(dialog.feedback(AccountField::Name)->isShown());
    QVERIFY(dialog.feedback(AccountField::Name)->message().contains(u"already"_s));
}

void tst_AccountsDialog::reorderRemoveAndTheSandbox()
{
    const AccountConfig a = saved(u"Alpha"_s);
    const AccountConfig b = saved(u"Bravo"_s, ApiFamily::Twilio);
    AccountsDialog dialog({AccountConfig::sandbox(), a, b});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog)); // shortcuts need an active window
    dialog.selectAccount(b.id);
    dialog.list()->setFocus();
    // Alt+Up twice: Bravo first.
    QTest::keyClick(dialog.list(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(dialog.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(dialog.accounts().at(0).id, b.id);
    QVERIFY(!dialog.findChild<QToolButton *>(u"upButton"_s)->isEnabled());

    // Del removes the sandbox; Add ▸ Sandbox brings it back, at the end.
    dialog.selectAccount(u"sandbox"_s);
    dialog.list()->setFocus();
    QTest::keyClick(dialog.list(), Qt::Key_Delete);
    QCOMPARE(dialog.accounts().size(), 2);
    QVERIFY(dialog.bannerText().contains(u"sandbox"_s, Qt::CaseInsensitive));
    QAction *addSandbox = dialog.findChild<QAction *>(u"addSandboxAction"_s);
    QVERIFY(addSandbox->isEnabled());
    addSandbox->trigger();
    QCOMPARE(dialog.accounts().size(), 3);
    QVERIFY(dialog.accounts().last().isSandbox());
    QVERIFY(!addSandbox->isEnabled()); // one sandbox

    // Removing a real account says its drafts are kept.
    dialog.selectAccount(a.id);
    dialog.removeCurrent();
    QVERIFY2(dialog.bannerText().contains(u"drafts"_s), qPrintable(dialog.bannerText()));
    QCOMPARE(dialog.accounts().size(), 2);
    QVERIFY(dialog.okButton()->isEnabled());

    // Ctrl+N: the "Add an account" page.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(dialog.isAddPageShown());
}

void tst_AccountsDialog::environmentAccountIsKeptOnlyWhenAsked()
{
    QProcessEnvironment env;
    env.insert(u"TWILIO_ACCOUNT_SID"_s, u"AC0123456789abcdef0123456789abcdef"_s);
    env.insert(u"TWILIO_AUTH_TOKEN"_s, u"00112233445566778899aabbccddeeff"_s);
    const AccountConfig fromEnv = accountsFromEnvironment(env).constFirst();
    AccountsDialog dialog({fromEnv});
    dialog.show();
    dialog.selectAccount(fromEnv.id);
    // Shown as such: read-only, not removable, and the variables named.
    QVERIFY(dialog.edit(AccountField::AccountSid)->isReadOnly());
    QVERIFY(!dialog.findChild<QPushButton *>(u"removeButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"originNote"_s)->text().contains(u"TWILIO_AUTH_TOKEN"_s));
    QVERIFY(dialog.keepButton()->isVisible());
    QCOMPARE(dialog.accounts().constFirst().origin, AccountOrigin::Environment);

    // A variable set wrong shows as a problem but does not hold up OK: it is fixed outside.
    QProcessEnvironment wrong;
    wrong.insert(u"SIGNALWIRE_PROJECT_ID"_s, u"not-a-uuid"_s);
    AccountsDialog withWrong({fromEnv, accountsFromEnvironment(wrong).constFirst()});
    QVERIFY(!withWrong.model()->problemAt(1).isEmpty());
    QVERIFY2(withWrong.okButton()->isEnabled(), qPrintable(withWrong.okButton()->toolTip()));

    dialog.keepButton()->click();
    QCOMPARE(dialog.accounts().constFirst().origin, AccountOrigin::Saved);
    QCOMPARE(dialog.accounts().constFirst().id, fromEnv.id); // its drafts stay its own
    QVERIFY(!dialog.edit(AccountField::AccountSid)->isReadOnly());
    QVERIFY(!dialog.keepButton()->isVisible());
}

void tst_AccountsDialog::storedSecretsAreNeverShown()
{
    const AccountConfig acme = saved(u"Acme"_s);
    AccountsDialog dialog({acme});
    dialog.show();
    dialog.selectAccount(acme.id);
    QLineEdit *secret = dialog.edit(AccountField::Secret);
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!secret->placeholderText().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled()); // kept as it is
    QCOMPARE(dialog.accounts().constFirst().secret, acme.secret);

    type(secret, u"ffffffffffffffffffffffffffffffff"_s);
    QCOMPARE(dialog.accounts().constFirst().secret, u"ffffffffffffffffffffffffffffffff"_s);
    type(secret, QString()); // emptied: the stored one again
    QCOMPARE(dialog.accounts().constFirst().secret, acme.secret);

    // Switching to an API key asks for that secret; the token is not carried over.
    dialog.apiKeyRadio()->click();
    QVERIFY(dialog.accounts().constFirst().secret.isEmpty());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.authTokenRadio()->click();
    QCOMPARE(dialog.accounts().constFirst().secret, acme.secret);
}

void tst_AccountsDialog::pictures()
{
    const QString folder = qEnvironmentVariable("SWITCHBOARD_PICTURES");
    if (folder.isEmpty())
        QSKIP("set SWITCHBOARD_PICTURES=DIR to save pictures of the dialog");
    QDir().mkpath(folder);
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));

    // As the user would see it: after the layouts have settled.
    const auto grab = [](QWidget &widget, const QString &path) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return widget.grab().save(path);
    };
    for (const auto &[name, palette] : {std::pair{u"light"_s, light}, std::pair{u"dark"_s, dark}}) {
        QApplication::setPalette(palette);
        AccountsDialog dialog({AccountConfig::sandbox(), saved(u"Acme production"_s)});
        dialog.resize(900, 600);
        dialog.show();
        dialog.startAdding();
        QVERIFY(grab(dialog, folder + u"/accounts-add-"_s + name + u".png"_s));
        dialog.addAccount(ApiFamily::Twilio);
        type(dialog.edit(AccountField::Name), u"Acme voice"_s);
        type(dialog.edit(AccountField::AccountSid), u"AC0123456789abcdef"_s);
        type(dialog.edit(AccountField::Region), u"ie1"_s);
        type(dialog.edit(AccountField::Server), u"http://voice.example.com"_s);
        QVERIFY(grab(dialog, folder + u"/accounts-twilio-"_s + name + u".png"_s));
        const AccountProfile p = m_sandbox.badProfile(ApiFamily::Properties);
        dialog.addAccount(ApiFamily::Properties);
        type(dialog.edit(AccountField::Name), u"Acme properties"_s);
        type(dialog.edit(AccountField::Server), p.baseUrl.toString());
        type(dialog.edit(AccountField::AccountSid), p.user);
        type(dialog.edit(AccountField::Secret), p.secret);
        QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(finished.wait(timeoutMs));
        QVERIFY(grab(dialog, folder + u"/accounts-tested-"_s + name + u".png"_s));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
