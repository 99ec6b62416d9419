#include "ResultPage.h"

#include "DisplayFormat.h"
#include "Icons.h"
#include "Profile.h"
#include "ui_ResultPage.h"

namespace spdc {

ResultPage::ResultPage(QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::ResultPage>()),
      m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    Icons::setLabelIcon(m_ui->successIconLabel, Icons::success(), 32);
}

ResultPage::~ResultPage() = default;

void ResultPage::showProfile(const Profile &profile)
{
    //: %1 is "This computer", "This tablet" or "This device"; %2 the phone number or SIP address
    m_ui->linkedLabel->setText(tr("%1 is now linked to %2.")
                                   .arg(DisplayFormat::thisDevice(profile.deviceType),
                                        profile.identity.value()));
    m_ui->versionLabel->setText(QString::number(profile.version));
    m_ui->validityLabel->setText(DisplayFormat::validity(profile.validityExpires, m_nowUtc()));
}

} // namespace spdc
