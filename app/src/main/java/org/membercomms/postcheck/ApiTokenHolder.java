package org.membercomms.postcheck;

import java.util.UUID;

/**
 * Who a valid API token belongs to.
 *
 * @param id the token's id
 * @param owner the username of its owner
 */
public record ApiTokenHolder(UUID id, String owner) {
}
