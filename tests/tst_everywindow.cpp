// Rules every window and form keeps, checked by walking them all as a user meets them, against
// a real in-process sandbox: no two widgets shown at the same time share a mnemonic (the
// menu bar's always count), and the mouse wheel scrolls a form, never a value it passes over.
#include "accounts/accountsdialog.h"
#include "api/account.h"
#include "draftform.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "kindregistry.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "sectionpane.h"
#include "widgets/wheelguard.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace {
// Every mnemonic the user can press in `window` now, with what it belongs to: the menu
// bar's titles, and the visible buttons, buddied labels, group boxes and tabs.
QMultiHash<QKeySequence, QString> mnemonics(QWidget *window)
{
    QMultiHash<QKeySequence, QString> keys;
    const auto add = [&keys](const QString &text, const QString &what) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            keys.insert(key, what + u" “"_s + text + u'”');
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text(), u"menu"_s);
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisible())
            continue;
        const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button->text(), what);
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            add(label->text(), what); // a label's mnemonic works only with a buddy
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group->title(), what);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), what);
        }
    }
    return keys;
}

// "" when every mnemonic is used once; else each clash on a line.
QString clashes(QWidget *window, const QString &view)
{
    const QMultiHash<QKeySequence, QString> keys = mnemonics(window);
    QStringList lines;
    for (const QKeySequence &key : keys.uniqueKeys()) {
        const QStringList owners = keys.values(key);
        if (owners.size() > 1)
            lines << view + u": "_s + key.toString() + u" — "_s + owners.join(u", "_s);
    }
    return lines.join(u'\n');
}

// Within one menu, each entry's mnemonic is its own.
QString menuClashes(QMenu *menu)
{
    QHash<QKeySequence, QString> seen;
    QStringList lines;
    for (QAction *action : menu->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (key.isEmpty() || !action->isVisible())
            continue;
        if (seen.contains(key))
            lines << menu->title() + u": "_s + seen.value(key) + u" and "_s + action->text();
        seen.insert(key, action->text());
    }
    return lines.join(u'\n');
}

// A wheel turn over `widget` as the mouse gives it (one notch, down): spontaneous, so Qt
// gives focus by the wheel and passes an ignored turn on to the parents, as for a real one.
void turnWheel(QWidget *widget)
{
    const QPointF at = QRectF(widget->rect()).center();
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel); // any event, despite the name
    qApp->notify(widget, &wheel);
}
} // namespace

class tst_EveryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUniqueInEveryView();
    void accountsDialogMnemonicsAreUnique();
    void wheelScrollsFormsNotValues();

private:
    // Every form of every registered kind, each in its tab, in each family it is shown in.
    QList<QPair<QString, DraftForm *>> openEveryForm();
    // Every value widget of `root` follows the wheel rule; `elsewhere` takes the focus away.
    void checkWheel(QWidget *root, const QString &name, QWidget *elsewhere, int *turned,
                    int *scrolled);
    Account *sandboxAccount() const;

    SandboxFixture m_sandbox{40};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    Account *m_account = nullptr;
};

void tst_EveryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

Account *tst_EveryWindow::sandboxAccount() const
{
    auto *account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    for (ApiFamily family : {ApiFamily::Properties, ApiFamily::Broadcast, ApiFamily::Twilio,
                             ApiFamily::SignalWire})
        account->addProfile(m_sandbox.profile(family));
    return account;
}

void tst_EveryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    m_account = sandboxAccount();
    m_window->addAccount(m_account);
    m_account->startMonitoring();
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_EveryWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

QList<QPair<QString, DraftForm *>> tst_EveryWindow::openEveryForm()
{
    QList<QPair<QString, DraftForm *>> forms;
    for (const DraftKindType &kind : m_window->kinds()->kinds()) {
        if (!kind.createForm)
            continue;
        for (const auto &[family, section] : kind.families) {
            auto *form = qobject_cast<DraftForm *>(m_window->newDocument(m_account, kind.key, family));
            if (form)
                forms.append({kind.key + u" on "_s + familyName(family), form});
        }
    }
    return forms;
}

void tst_EveryWindow::mnemonicsAreUniqueInEveryView()
{
    QStringList found;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu())
            found << menuClashes(menu->menu());
    }
    // Each section as it first shows.
    int views = 0;
    for (const Section &section : m_window->kinds()->sectionsFor(m_account->families())) {
        QVERIFY(m_window->selectSection(m_account, section));
        SectionPane *pane = m_window->currentPane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->isLoaded(), 15000);
        found << clashes(m_window.get(), m_window->kinds()->sectionTitle(section));
        ++views;
    }
    // Each form in its tab, and the rows a form shows only on a choice (toll-free's
    // verification, link tracking's fields, an API key's fields).
    for (const auto &[name, form] : openEveryForm()) {
        m_window->tabWidget()->setCurrentWidget(form);
        QTRY_VERIFY(form->isVisible());
        found << clashes(m_window.get(), name);
        ++views;
        for (QRadioButton *radio : form->findChildren<QRadioButton *>()) {
            if (!radio->isVisible() || radio->isChecked())
                continue;
            radio->click();
            found << clashes(m_window.get(), name + u", "_s + radio->text().remove(u'&'));
            ++views;
        }
        for (QGroupBox *group : form->findChildren<QGroupBox *>()) {
            if (group->isVisible() && group->isCheckable() && !group->isChecked()) {
                group->setChecked(true);
                found << clashes(m_window.get(), name + u", "_s + group->title().remove(u'&'));
                ++views;
            }
        }
    }
    // A window without accounts, as on a first start without the sandbox.
    MainWindow empty;
    empty.showNoAccounts();
    empty.resize(1000, 700);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    found << clashes(&empty, u"No accounts yet"_s);
    QVERIFY2(views >= 8, qPrintable(QString::number(views)));

    found.removeAll(QString());
    for (const QString &clash : std::as_const(found))
        qWarning().noquote() << clash;
    QVERIFY2(found.isEmpty(), "mnemonics used twice, listed above");
}

void tst_EveryWindow::accountsDialogMnemonicsAreUnique()
{
    AccountsDialog dialog({});
    dialog.resize(900, 650);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList found;
    dialog.startAdding();
    found << clashes(&dialog, u"Add an account"_s);
    for (ApiFamily family : {ApiFamily::Twilio, ApiFamily::SignalWire, ApiFamily::Properties,
                             ApiFamily::Broadcast}) {
        dialog.addAccount(family);
        found << clashes(&dialog, familyName(family));
        if (family == ApiFamily::Twilio && dialog.apiKeyRadio()) {
            dialog.apiKeyRadio()->click();
            found << clashes(&dialog, u"Twilio with an API key"_s);
        }
    }
    dialog.addSandbox();
    found << clashes(&dialog, u"Sandbox"_s);
    found.removeAll(QString());
    for (const QString &clash : std::as_const(found))
        qWarning().noquote() << clash;
    QVERIFY2(found.isEmpty(), "mnemonics used twice, listed above");
}

void tst_EveryWindow::wheelScrollsFormsNotValues()
{
    int turned = 0;
    int scrolled = 0;
    for (const auto &[name, form] : openEveryForm()) {
        m_window->tabWidget()->setCurrentWidget(form);
        QTRY_VERIFY(form->isVisible());
        checkWheel(form, name, m_window.get(), &turned, &scrolled);
    }
    // The accounts dialog's page scrolls too.
    AccountsDialog dialog({}, m_window.get());
    dialog.resize(700, 400);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addAccount(ApiFamily::Twilio);
    checkWheel(&dialog, u"accounts dialog"_s, dialog.okButton(), &turned, &scrolled);
    QVERIFY2(turned >= 6, qPrintable(QString::number(turned)));
    QVERIFY2(scrolled >= 2, qPrintable(QString::number(scrolled)));
}

void tst_EveryWindow::checkWheel(QWidget *root, const QString &name, QWidget *elsewhere,
                                 int *turned, int *scrolled)
{
    QList<QWidget *> values;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool valueWidget = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                 || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w));
        if (valueWidget && w->isVisible() && w->isEnabled())
            values << w;
    }
    for (QWidget *w : std::as_const(values)) {
        const QString what = name + u": "_s + QString::fromLatin1(w->metaObject()->className())
                             + u' ' + w->objectName();
        QVERIFY2(WheelGuard::guards(w), qPrintable(what + u" is not guarded"_s));
        QVERIFY2(w->focusPolicy() == Qt::StrongFocus, qPrintable(what));
        auto *combo = qobject_cast<QComboBox *>(w);
        if (!combo || combo->count() < 2)
            continue;
        // Passed over: the value stays, the focus stays where it was, the page scrolls where
        // it has further to go. With the focus: the wheel is the user's choice.
        elsewhere->setFocus();
        QTRY_VERIFY(!w->hasFocus());
        combo->setCurrentIndex(0);
        QScrollBar *page = nullptr;
        for (QWidget *p = combo->parentWidget(); p && !page; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p))
                page = area->verticalScrollBar();
        }
        const int before = page ? page->value() : 0;
        turnWheel(combo);
        QVERIFY2(combo->currentIndex() == 0, qPrintable(what + u" changed under the wheel"_s));
        QVERIFY2(!combo->hasFocus(), qPrintable(what + u" took the focus from the wheel"_s));
        if (page && before < page->maximum()) {
            QVERIFY2(page->value() > before, qPrintable(what + u": the page did not scroll"_s));
            ++*scrolled;
        }
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        turnWheel(combo);
        QVERIFY2(combo->currentIndex() == 1, qPrintable(what + u" ignored a focused wheel"_s));
        ++*turned;
    }
}

QTEST_MAIN(tst_EveryWindow)
#include "tst_everywindow.moc"
