## Mënyra diskrete. Mesazhet calc-* janë fjalët e vetë kalkulatorit maskues: duhet të
## mbeten fjalë të thjeshta kalkulatori që nuk thonë asgjë për Lueur.

calc-decimal-separator = { "." }
calc-error = Gabim
calc-unknown-key = Nuk ka tast "{ $key }".
calc-key-clear = C
calc-key-clear-description = Fshi hyrjen
calc-key-all-clear = AC
calc-key-all-clear-description = Fshi të gjitha
calc-key-negate = ±
calc-key-negate-description = Ndrysho shenjën
calc-key-percent = %
calc-key-percent-description = Përqind
calc-key-divide = ÷
calc-key-divide-description = Pjesëtuar me
calc-key-multiply = ×
calc-key-multiply-description = Shumëzuar me
calc-key-subtract = −
calc-key-subtract-description = Minus
calc-key-add = +
calc-key-add-description = Plus
calc-key-equals = { "=" }
calc-key-equals-description = Baras
calc-key-decimal-description = Presja dhjetore

## Cilësimet e mënyrës diskrete

discreet-title = Mënyra diskrete
discreet-disguise-label = Si duket Lueur në telefon
discreet-disguise-off = Si Lueur
discreet-disguise-calculator = Si kalkulator
discreet-disguise-explanation = Si kalkulator, Lueur hapet me një kalkulator që punon vërtet. Për të hapur Lueur, shkruani kodin tuaj të hapjes dhe pastaj shtypni =. Çdo numër tjetër jep thjesht një rezultat normal.
discreet-unlock-code-label = Kodi i hapjes
discreet-duress-code-label = Kodi i urgjencës
discreet-code-status-set = I vendosur
discreet-code-status-not-set = Ende i pavendosur
discreet-duress-explanation = Nëse dikush ju detyron të hapni Lueur, shkruani kodin e urgjencës në vend të tij. Atëherë Lueur hapet bosh: përgjigjet dhe raportet tuaja të ruajtura nuk shfaqen.
discreet-duress-wipes-label = Kodi i urgjencës fshin edhe gjithçka që Lueur ka ruajtur
discreet-code-rules = Një kod ka { $min } deri në { $max } shifra. Zgjidhni një kod që të tjerët nuk mund ta gjejnë, jo datëlindjen tuaj.
discreet-code-prompt = Shkruani kodin tuaj të ri.
discreet-code-confirm-prompt = Shkruani të njëjtin kod përsëri.
discreet-guess-delay-note = Pas { $attempts } kodeve të gabuara me radhë, kalkulatori vazhdon të punojë, por kontrollon një kod vetëm një herë në { $seconds } sekonda. Nëse kodi juaj nuk punon, prisni pak dhe provoni përsëri.
discreet-limits-title = Çfarë nuk mund të fshehë maskimi
discreet-limit-app-list = Lista e aplikacioneve në cilësimet e telefonit e tregon ende Lueur.
discreet-limit-store = Historiku i shkarkimeve në dyqanin e aplikacioneve tregon që Lueur është instaluar.
discreet-limit-phone-bill = Fatura e telefonit mund të tregojë telefonatat dhe mesazhet tuaja, për shembull te një linjë ndihme.
discreet-limit-backups = Kopjet rezervë të telefonit, për shembull në cloud, mund të tregojnë që Lueur është instaluar.
discreet-limit-ios-name = Në iPhone, emri nën ikonë mbetet "Lueur". Ndryshon vetëm figura.
discreet-limit-ios-alert = Në iPhone, sistemi shfaq një mesazh kur ndryshon ikona.
discreet-quick-exit-label = Dalje e shpejtë
discreet-quick-exit-explanation = Mbyll Lueur menjëherë dhe harron gjithçka në ekran që nuk është ruajtur.
discreet-wipe-label = Fshi gjithçka

## Fshirja e shpejtë

discreet-wipe-title = Të fshihet gjithçka?
discreet-wipe-body = Kjo fshin gjithçka që Lueur ka ruajtur në këtë telefon: përgjigjet e ruajtura, raportet, cilësimet dhe kodet. Kjo nuk mund të kthehet prapa. Pas kësaj, Lueur është si i sapoinstaluar.
discreet-wipe-unsent = { $count ->
    [one] Një raport nuk është dërguar ende. Ai nuk do të dërgohet.
   *[other] { $count } raporte nuk janë dërguar ende. Ato nuk do të dërgohen.
}
discreet-wipe-confirm = Fshi gjithçka
discreet-wipe-cancel = Anulo
discreet-wipe-done = Gjithçka që Lueur kishte ruajtur në këtë telefon u fshi.

## Gabimet

error-discreet-code-format = Një kod ka 6 deri në 8 shifra dhe asgjë tjetër.
error-discreet-code-mismatch = Dy kodet nuk janë të njëjta. Ju lutem filloni përsëri.
error-discreet-code-same = Kodi i urgjencës duhet të jetë ndryshe nga kodi i hapjes.
error-discreet-code-first = Ju lutem shkruani së pari kodin e ri, pastaj shkruajeni përsëri për ta konfirmuar.
error-discreet-code-needed = Ju lutem zgjidhni së pari një kod hapjeje. Pa të, nuk do të mund ta hapnit Lueur pas kalkulatorit.
error-discreet-unlock-first = Ju lutem zgjidhni një kod hapjeje para kodit të urgjencës.
error-discreet-disguise-on = Ju lutem çaktivizoni maskimin si kalkulator para se të hiqni kodin e hapjes.
error-discreet-disguise-unknown = "{ $value }" nuk është maskim. Zgjidhni "off" ose "calculator".
error-discreet-wipe-not-confirmed = Nuk u fshi asgjë. Për të fshirë gjithçka, ju lutem konfirmoni së pari.
discreet-code-lock-label = Kërko kodin e hapjes sa herë hapet Lueur
discreet-code-lock-explanation = Atëherë Lueur hapet me një ekran kodi, edhe pa kalkulatorin. Përgjigjet dhe raportet tuaja të ruajtura mbeten të fshehura derisa të shkruhet kodi.
discreet-current-code-prompt = Shkruani kodin tuaj të tanishëm të hapjes.
discreet-limit-call-list = Një telefonatë ose një mesazh te një ndihmës mbetet në listën e thirrjeve ose në aplikacionin e mesazheve të telefonit.

## Kyçja e thjeshtë me kod (pa maskim)

lock-title = Lueur
lock-prompt = Shkruani kodin tuaj të hapjes.
lock-unlock = Hap
lock-error-wrong = Ky kod nuk e hap Lueur.
lock-error-wait = Shumë kode të gabuara. Prisni { $seconds } sekonda, pastaj provoni përsëri.
error-discreet-current-code-wrong = Ky nuk është kodi juaj i tanishëm i hapjes.
