package org.jumelage.search.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchLabelRepository extends JpaRepository<SearchLabel, String> {}
