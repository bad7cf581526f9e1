package be.lueur.app

import be.lueur.core.ContactFilter
import be.lueur.core.Destination
import be.lueur.core.Perspective

/**
 * The app's back stack holds these: the core's destinations, plus the screens the core
 * reaches through a call rather than a destination (discreet settings, the wipe, a
 * website opened inside the app).
 */
sealed interface Route {
    data object Decoy : Route
    /** The plain code lock: no disguise, but a code at every opening. */
    data object Lock : Route
    data object Home : Route
    data object Learn : Route
    data class Article(val id: String) : Route
    data class Contacts(val filter: ContactFilter = ContactFilter(null, null, null)) : Route
    data class Contact(val id: String) : Route
    data object Search : Route
    /** [started]: the session exists in the core; coming back to it must not restart it. */
    data class Checklist(val about: Perspective?, val started: Boolean = false) : Route
    /** [fromChecklist]: the result's "prepare a report" step, which fills the draft in. */
    data class Report(val fromChecklist: Boolean = false) : Route
    data object Outbox : Route
    data object Settings : Route
    /**
     * The card to show a helper, with the person's choices on it: the helper's
     * language (null: the core picks it from the region, else French) and whether the
     * checklist summary is on it. Nothing of it is stored.
     */
    data class HelperCard(val helperLanguage: String? = null, val includeChecklist: Boolean = false) : Route
    data object Discreet : Route
    data object Wipe : Route
    data class Web(val url: String) : Route

    companion object {
        fun of(destination: Destination): Route = when (destination) {
            Destination.HelpNow, Destination.Contacts -> Contacts()
            Destination.CheckMe -> Checklist(Perspective.ME)
            Destination.CheckOther -> Checklist(Perspective.OTHER)
            Destination.Learn -> Learn
            is Destination.Article -> Article(destination.id)
            is Destination.Contact -> Contact(destination.id)
            Destination.Report -> Report()
            Destination.Outbox -> Outbox
            Destination.Search -> Search
            Destination.Calculator -> Decoy
            Destination.Settings -> Settings
            Destination.HelperCard -> HelperCard()
        }
    }
}
