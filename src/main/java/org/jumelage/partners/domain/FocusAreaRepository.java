package org.jumelage.partners.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface FocusAreaRepository extends JpaRepository<FocusArea, String> {}
