package dk.ddh.hotline.guides.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    DanishAnalysis danishAnalysis(SearchProperties properties) {
        return new DanishAnalysis(new CompoundSplitter(DanishDictionary.at(properties.dictionary())));
    }
}
