# Branding in one place: the app id names the keychain service, the settings
# organisation, the .desktop file and the AppStream metainfo.
set(SPDC_VERSION "0.1.0")
set(SPDC_APP_ID "org.spdc.spdc")
set(SPDC_ORGANIZATION "spdc")
set(SPDC_ORGANIZATION_DOMAIN "spdc.org")
set(SPDC_DISPLAY_NAME "spdc")
# Packages. The MSI's UpgradeCode never changes: every later MSI finds and replaces the
# installed one through it (a random UUID made once; see packaging/windows/spdc.wxs).
set(SPDC_MSI_UPGRADE_CODE "640CB317-4485-4105-BC86-54A04C67F316")
set(SPDC_VENDOR "The spdc developers")
# A placeholder address until the project has a mailing list.
set(SPDC_MAINTAINER "The spdc developers <spdc-devel@example.org>")
