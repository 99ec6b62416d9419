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

// The primary identity to link to (§2.5 step 2): a phone number or a SIP address. A phone
// number may be typed the national way once the operator's country is known; the E.164 number
// that will be sent is shown as it is typed. For a dedicated identity (§2.6) the code from the
// provider is asked here too. Next stays disabled until the answers are usable; the reason is
// shown under the field.
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

    // ISO 3166 alpha-2 code of the operator's country: how a national number is read. Empty:
    // only international numbers.
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    // §2.6: the provider's code is typed here and no SMS is sent.
    void setDedicated(bool dedicated);
    bool isDedicated() const { return m_dedicated; }
    // The provider's code without spaces and dashes; empty unless dedicated.
    QString dedicatedCode() const;

public Q_SLOTS:
    // Back here to change the identity (another number after a 403, "Change number" in the
    // OTP dialog): what was typed stays, selected, with the cursor in it.
    void editIdentity();

private:
    Result<Identity> parse() const;
    void updateKind();
    void updateHint();
    void onTextChanged();
    void showValidation();

    std::unique_ptr<Ui::IdentityPage> m_ui;
    std::optional<QStringList> m_allowedAccounts;
    QString m_region;
    bool m_dedicated = false;
    // Complaining at the first keystroke of "+44…" helps nobody: the error waits for a pause.
    QTimer m_errorDelay;
};

} // namespace spdc
