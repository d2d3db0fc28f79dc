package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.DossierThread.ThreadPage;

import java.util.List;

record MessagePageResponse(List<MessageResponse> items, String nextCursor, boolean canWrite) {

    static MessagePageResponse from(ThreadPage page) {
        return new MessagePageResponse(page.messages().items().stream().map(MessageResponse::from).toList(),
                page.messages().nextCursor().orElse(null), page.canWrite());
    }
}
