#pragma once

#include "draftform.h"
#include "numbers/purchasedraft.h"

#include <QPointer>

class AccountClient;
class ApiJob;
class AvailableNumberModel;
class FieldFeedback;
class NumberParametersEditor;
class PurchaseCartModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTableView;

// The buy flow, in its own tab: search available numbers, gather picks from several searches
// into a cart (Twilio answers at most 30 a search), set the configuration every new number
// gets, and buy the cart after a confirmation that names the account and lists the numbers
// (and says so plainly when the account is live). A DraftForm over a PurchaseDraft: the cart
// survives a restart, is bought through the account's outbox one number at a time, and each
// number keeps its outcome, shown in plain words with the next step (search nearby, replace a
// number that was taken, add the address a number needs).
class PurchaseForm final : public DraftForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseForm)

public:
    explicit PurchaseForm(AccountClient *client, QWidget *parent = nullptr);
    ~PurchaseForm() override;

    PurchaseDraft cart() const;
    QJsonObject payload() const override { return cart().toJson(); }
    void setPayload(const QJsonObject &payload) override;
    QString draftTitle() const override { return cart().title(); }
    // Every offline check passes, the confirmation included.
    bool isComplete() const override;
    void applyFieldErrors(const QList<FieldError> &errors, const QString &message) override;
    // Why Buy is disabled ("" when it is not): the confirmation aside.
    QString blockingReason() const;

    // Whether the account is live (not the sandbox): said on the confirmation.
    void setLiveAccount(bool live, const QString &accountName);

    AvailableNumberModel *resultsModel() const { return m_results; }
    PurchaseCartModel *cartModel() const { return m_cartModel; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *cartView() const { return m_cartView; }
    NumberParametersEditor *parametersEditor() const { return m_parameters; }
    bool isSearching() const { return !m_searchJob.isNull(); }

public slots:
    void search();
    // Adds the selected results (or the given row) to the cart.
    void addSelectedToCart();
    void addAreaCodeItem();
    void removeSelectedFromCart();
    // A taken number's replacement: the first number of its search not in the cart.
    void replaceSelected();
    // Asks for the confirmation (window-modal, answered asynchronously), then buys.
    void buy();

signals:
    void searchFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void submissionChanged() override;
    bool checkBeforeSubmit() override;
    QString sentMessage(const Draft &draft) const override;
    QString progressMessage(const Draft &draft) const override;

private:
    void buildUi();
    QWidget *buildSearchSide();
    QWidget *buildCartSide();
    NumberSearch searchFromFields() const;
    void setSearchFields(const NumberSearch &search);
    void setCart(const PurchaseDraft &cart);
    void cartChanged();
    void refresh();
    void updateTitle();
    void runSearch(const NumberSearch &search, std::function<void(const QList<AvailableNumber> &)> then);
    QString confirmationText() const;

    AccountClient *m_client;
    PurchaseDraft m_cart;
    bool m_updating = false;
    bool m_live = false;
    bool m_shown = false;
    QString m_accountName;
    QPointer<ApiJob> m_searchJob;
    QPointer<QMessageBox> m_confirm;

    QComboBox *m_type = nullptr;
    QLineEdit *m_areaCode = nullptr;
    QLineEdit *m_contains = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_sms = nullptr;
    QCheckBox *m_mms = nullptr;
    QCheckBox *m_noAddress = nullptr;
    FieldFeedback *m_areaFeedback = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_anyInArea = nullptr;
    QLabel *m_searchStatus = nullptr;
    AvailableNumberModel *m_results = nullptr;
    QTableView *m_resultsView = nullptr;
    QPushButton *m_addButton = nullptr;

    PurchaseCartModel *m_cartModel = nullptr;
    QTableView *m_cartView = nullptr;
    QLabel *m_cartCount = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_nearbyButton = nullptr;
    QLabel *m_itemHelp = nullptr;
    NumberParametersEditor *m_parameters = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_buyButton = nullptr;
    QLabel *m_heading = nullptr;
};
