#pragma once

#include "sectionpane.h"

#include "numbers/incomingnumber.h"
#include "numbers/numbersclient.h"

#include <QPointer>

class Account;
class AccountClient;
class ApiJob;
class DocumentDrafts;
class DraftStore;
class MessageBanner;
class NumberForm;
class NumberListModel;
class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

// The Numbers section of one Twilio or SignalWire account: the account's numbers page by
// page, filtered by the server's own filters (number contains, friendly name), sortable on
// the rows loaded so far, with the selected number's configuration editable in place (a
// NumberForm bound to a number-edit draft: saving goes through the outbox), Release (with a
// confirmation that names the number and what stops working), and Buy numbers, which asks
// the shell for a purchase form.
//
//     auto *pane = new NumbersPane(account, client, store, documents);
class NumbersPane final : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersPane)

public:
    // account and documents may be null (no drafts: editing is off, and says why).
    NumbersPane(Account *account, AccountClient *client, DraftStore *drafts,
                DocumentDrafts *documents, QWidget *parent = nullptr);
    ~NumbersPane() override;

    QList<QAction *> toolBarActions() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    bool canReload() const override { return true; }
    QString statusMessage() const override { return m_statusMessage; }
    void draftSent(const Draft &draft) override;

    NumberListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    NumberForm *form() const { return m_form; }
    std::optional<IncomingNumber> currentNumber() const;
    // Selects the listed number with this SID; false if it is not listed.
    bool selectNumber(const QString &sid);

public slots:
    void buyNumbers();
    // Asks (a window-modal box, answered asynchronously), then releases the selected number.
    void releaseSelected();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // A release finished: released, or not (with the reason).
    void releaseFinished(const QString &phoneNumber, bool released, const QString &message);

private:
    void buildUi();
    void applyFilter();
    void onPageLoaded();
    void onPageFailed(const ApiError &error);
    void onCurrentChanged();
    void showForm(const IncomingNumber &number);
    void dropForm();
    void readSelected();
    void release(const IncomingNumber &number);
    void checkReleased(const IncomingNumber &number, const ApiError &error, int delayMs = 1000);
    void finishRelease(const IncomingNumber &number, bool released, const QString &message);
    void fetchMoreIfNeeded();
    void updateState();
    void updateStatus();
    void refreshNumber(const QString &sid, bool restartEdit);
    QString releaseQuestion(const IncomingNumber &number) const;
    int preferredTableWidth() const;

    QPointer<Account> m_account;
    AccountClient *m_client;
    NumbersClient m_numbers;
    QPointer<DraftStore> m_drafts;
    QPointer<DocumentDrafts> m_documents;
    NumberListModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QAction *m_buyAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_findAction = nullptr;
    QLineEdit *m_numberFilter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_selectTimer = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_placeholderButton = nullptr;
    QStackedWidget *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_userSized = false; // the user moved the splitter: their sizes stay
    QLabel *m_detailEmpty = nullptr;
    QPointer<NumberForm> m_form;
    QPointer<QMessageBox> m_confirm;
    QPointer<ApiJob> m_readJob;
    QString m_releasing; // the SID being released, if any
    QString m_statusMessage;
    bool m_loaded = false;
    bool m_awaitingFirstPage = false;
};
