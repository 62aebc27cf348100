package com.northstar.dev.weichuang;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The simulator's test family: one context, and every test starts from the seeded data with no faults. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SimulatorTestSupport {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void startFromTheSeededData() throws Exception {
        mvc.perform(post("/wc/_control/reset")).andExpect(status().isOk());
    }
}
