package org.jumelage.partners.domain;

import java.util.List;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks of cities our city belongs to. The international office (ADMIN) keeps them. */
@Service
@Transactional
public class NetworkService {

    private final NetworkRepository networks;

    NetworkService(NetworkRepository networks) {
        this.networks = networks;
    }

    @Transactional(readOnly = true)
    public List<Network> all() {
        return networks.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Network get(long id) {
        return networks.findById(id).orElseThrow(() -> new NotFound("network", id));
    }

    public boolean mayEdit() {
        return JumelageUser.current().map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    public Network create(NetworkDetails details) {
        requireEditRight();
        return networks.save(new Network(details));
    }

    public void update(long id, long version, NetworkDetails details) {
        requireEditRight();
        Network network = get(id);
        if (network.getVersion() != version) {
            throw new EditConflict("network " + id, version, network.getVersion());
        }
        network.apply(details);
    }

    private void requireEditRight() {
        if (!mayEdit()) {
            throw new AccessDeniedException("only the international office keeps networks");
        }
    }
}
