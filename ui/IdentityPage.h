#pragma once

#include "Identity.h"
#include "Result.h"

#include <QStringList>
#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class IdentityPage;
}

namespace spdc {

// The primary identity to link to (§2.5 step 2): a phone number or a SIP address. Next stays
// disabled until Identity accepts the text; the reason is shown under the field.
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IdentityPage(QWidget *parent = nullptr);
    ~IdentityPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // The identity typed, valid once the page is complete.
    Identity identity() const;
    // When the organisation does not allow adding accounts: only these may be linked again.
    void restrictTo(const QStringList &accounts);

private:
    Result<Identity> parse() const;
    void updateKind();
    void onTextChanged();
    void showValidation();

    std::unique_ptr<Ui::IdentityPage> m_ui;
    std::optional<QStringList> m_allowedAccounts;
    // Complaining at the first keystroke of "+44…" helps nobody: the error waits for a pause.
    QTimer m_errorDelay;
};

} // namespace spdc
